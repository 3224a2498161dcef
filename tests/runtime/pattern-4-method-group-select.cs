// Pattern 4 (the tutorial's section 7): `items.Select(ProcessAsync)` passes the method group:
// one state machine per element (ProcessAsync's), 100 boxes for 100 elements that suspend, and
// the delegate of the static method is made once and cached (C# 11's <>O), as .NET does.
// Trap C (tests/runtime/trap-c-async-lambda-select) boxes 200 (201 with Main's).
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
        int[] results = await Task.WhenAll(items.Select(ProcessAsync));
        Console.WriteLine(results.Sum());
    }
}
