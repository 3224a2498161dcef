// C# 12: ValueTask and ValueTask<T> (a synchronous fast path from a cache with new ValueTask<T>(value), a slow path wrapping a Task<T>, async ValueTask methods with an early return), IsCompletedSuccessfully, AsTask, awaiting each ValueTask exactly once, default(ValueTask)
// mcs: not usable as is (mcs 6.8 has no async ValueTask methods); compiles and runs with mcs once LogAsync returns Task and the default(ValueTask) await is removed
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class PriceCache
{
    private readonly Dictionary<string, decimal> _cache = new Dictionary<string, decimal>();
    public int Misses { get; private set; }

    public ValueTask<decimal> GetPriceAsync(string sku)
    {
        decimal price;
        if (_cache.TryGetValue(sku, out price))
            return new ValueTask<decimal>(price);
        return new ValueTask<decimal>(LoadAsync(sku));
    }

    private async Task<decimal> LoadAsync(string sku)
    {
        Misses++;
        await Task.Delay(2);
        decimal price = sku.Length * 1.5m;
        _cache[sku] = price;
        return price;
    }
}

class Program
{
    static async ValueTask LogAsync(string message)
    {
        if (message.Length == 0) return;
        await Task.Yield();
        Console.WriteLine("log: " + message);
    }

    static async ValueTask<int> SumAsync(int a, int b)
    {
        if (a == 0) return b;
        await Task.Delay(1);
        return a + b;
    }

    static async Task Main()
    {
        var cache = new PriceCache();
        foreach (var sku in new[] { "apple", "kiwi", "apple", "apple", "kiwi" })
        {
            ValueTask<decimal> pending = cache.GetPriceAsync(sku);
            string path = pending.IsCompletedSuccessfully ? "cached" : "loading";
            Console.WriteLine($"{sku}: {await pending} ({path})");
        }
        Console.WriteLine($"misses {cache.Misses}");
        await LogAsync("");
        await LogAsync("value tasks");
        Console.WriteLine(await SumAsync(0, 5) + await SumAsync(2, 3));
        Task<int> asTask = SumAsync(1, 1).AsTask();
        Console.WriteLine(await asTask);
        await default(ValueTask);
        Console.WriteLine("awaited a default ValueTask");
    }
}
