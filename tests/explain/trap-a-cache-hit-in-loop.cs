// Tutorial Trap A and Optimization 1: a cache hit found by a loop returns before any await, so
// those calls complete synchronously, as with the hit test in a plain `if`. The only await must
// suspend: every other call suspends.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static List<int> cache = new List<int> { 1, 2, 3 };

    static async Task<int> SlowAsync(int key)
    {
        await Task.Delay(3);
        return key * 10;
    }

    static async ValueTask<int> ForLoopAsync(int key)
    {
        for (int i = 0; i < cache.Count; i++)
        {
            if (cache[i] == key)
            {
                return key;
            }
        }
        return await SlowAsync(key);
    }

    static async ValueTask<int> ForeachAsync(int key)
    {
        foreach (int c in cache)
        {
            if (c == key)
            {
                return key;
            }
        }
        return await SlowAsync(key);
    }

    static async ValueTask<int> IfAsync(int key)
    {
        if (key < 4)
        {
            return key;
        }
        return await SlowAsync(key);
    }

    // The return in the loop runs only after an await: no call completes synchronously there.
    static async Task<int> AfterAwaitAsync(int key)
    {
        while (true)
        {
            int v = await SlowAsync(key);
            if (v > 0)
            {
                return v;
            }
        }
    }

    static async Task Main()
    {
        Console.WriteLine(await ForLoopAsync(2) + await ForLoopAsync(7));
        Console.WriteLine(await ForeachAsync(2) + await ForeachAsync(7));
        Console.WriteLine(await IfAsync(2) + await IfAsync(7));
        Console.WriteLine(await AfterAwaitAsync(1));
    }
}
