// Tutorial Optimization 5 (after): each ValueTask consumed once; a Task when it must be awaited twice.
// expect: none
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
        Task<int> shared = GetAsync(0).AsTask();
        int b = await shared;
        int c = await shared;
        Console.WriteLine(a + b + c);

        int total = 0;
        for (int i = 0; i < 2; i++)
        {
            total += await GetAsync(5);
        }
        Console.WriteLine(total);

        ValueTask<int> h = GetAsync(3);
        int x;
        if (h.IsCompleted)
        {
            x = h.Result;
        }
        else
        {
            x = await h;
        }
        Console.WriteLine(x);

        List<Task<int>> pending = new List<Task<int>>();
        pending.Add(GetAsync(1).AsTask());
        Console.WriteLine(pending.Count);
    }
}
