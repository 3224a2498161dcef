// Trap C (the tutorial's section 5): `items.Select(async i => await ProcessAsync(i))` makes a
// state machine per element for the lambda on top of ProcessAsync's own: 100 elements that each
// suspend box 200 state machines (201 with Main's). The lambda captures nothing: its delegate is made once.
// Pattern 4 (tests/runtime/pattern-4-method-group-select) boxes 100 (101).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> ProcessAsync(int i)
    {
        await Task.Yield();
        return i * 2;
    }

    static async Task Main()
    {
        var items = new List<int>();
        for (int i = 0; i < 100; i++) items.Add(i);
        int[] results = await Task.WhenAll(items.Select(async i => await ProcessAsync(i)));
        Console.WriteLine(results.Sum());
    }
}
