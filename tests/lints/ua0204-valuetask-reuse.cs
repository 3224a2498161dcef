// Tutorial Optimization 5 (checklist 7): a ValueTask consumed twice, consumed in a loop, and stored.
// expect: UA0204
// expect: UA0204
// expect: UA0204
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async ValueTask<int> GetAsync(int key)
    {
        if (key > 0)
        {
            return key;
        }
        await Task.Yield();
        return -key;
    }

    static async Task Main()
    {
        ValueTask<int> v = GetAsync(0);
        int a = await v;
        int b = await v;
        Console.WriteLine(a + b);

        ValueTask<int> w = GetAsync(5);
        int total = 0;
        for (int i = 0; i < 2; i++)
        {
            total += await w;
        }
        Console.WriteLine(total);

        List<ValueTask<int>> pending = new List<ValueTask<int>>();
        pending.Add(GetAsync(1));
        Console.WriteLine(pending.Count);
    }
}
