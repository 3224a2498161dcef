// Generic async helpers as real code writes them: `Task<T>` and `ValueTask<T>` results, a retry
// loop over a `Func<Task<T>>`, a timeout through `WhenAny`, a sequential map, a cache, a generic
// lambda capture; each instantiation (`Retry<int>`, `Retry<string>`) is a state machine of its own.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<T> Later<T>(T x, int ms)
    {
        await Task.Delay(ms);
        return x;
    }

    static async ValueTask<T> Ready<T>(T x, bool wait)
    {
        if (wait) await Task.Yield();
        return x;
    }

    static async Task<T> Retry<T>(Func<Task<T>> attempt, int times)
    {
        for (int i = 0; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (InvalidOperationException e) when (i < times)
            {
                Console.WriteLine("retry " + i + ": " + e.Message);
            }
        }
    }

    static async Task<TResult> WithTimeout<TResult>(Task<TResult> task, int ms)
    {
        var done = await Task.WhenAny(task, Task.Delay(ms));
        if (done != task) throw new TimeoutException();
        return await task;
    }

    static async Task<List<TOut>> MapAsync<TIn, TOut>(List<TIn> items, Func<TIn, Task<TOut>> f)
    {
        var results = new List<TOut>();
        foreach (var x in items) results.Add(await f(x));
        return results;
    }

    static async Task<T> Cached<T>(Dictionary<string, T> cache, string key, Func<Task<T>> load)
    {
        if (cache.ContainsKey(key)) return cache[key];
        var value = await load();
        cache[key] = value;
        return value;
    }

    static Func<Task<T>> Deferred<T>(T value)
    {
        int calls = 0;
        return async () =>
        {
            await Task.Yield();
            calls++;
            Console.WriteLine("deferred call " + calls + " of " + value);
            return value;
        };
    }

    static async Task<T[]> Both<T>(Task<T> a, Task<T> b) => await Task.WhenAll(a, b);

    static async Task Main()
    {
        Console.WriteLine(await Later("late", 5) + " " + await Later(42, 1));
        Console.WriteLine(await Ready(1.5, false) + " " + await Ready('c', true));
        int n = 0;
        int got = await Retry(async () =>
        {
            await Task.Delay(1);
            if (++n < 3) throw new InvalidOperationException("not yet " + n);
            return n * 10;
        }, 5);
        Console.WriteLine("got " + got);
        Console.WriteLine(await Retry(() => Task.FromResult("first time"), 1));
        Console.WriteLine(await WithTimeout(Later("fast", 10), 1000));
        try
        {
            await WithTimeout(Later(1, 1000), 10);
        }
        catch (TimeoutException)
        {
            Console.WriteLine("timed out");
        }
        var lengths = await MapAsync(new List<string> { "a", "bb", "ccc" }, async s =>
        {
            await Task.Yield();
            return s.Length;
        });
        Console.WriteLine(string.Join(",", lengths));
        var cache = new Dictionary<string, int>();
        Console.WriteLine(await Cached(cache, "k", async () => { await Task.Yield(); Console.WriteLine("loading"); return 7; }));
        Console.WriteLine(await Cached(cache, "k", async () => { await Task.Yield(); Console.WriteLine("loading"); return 8; }));
        var f = Deferred("v");
        Console.WriteLine(await f() + await f());
        var pair = await Both(Later(1, 20), Later(2, 10));
        Console.WriteLine(pair[0] + " " + pair[1]);
    }
}
