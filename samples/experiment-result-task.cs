// Optimization 5: a `Task<int>` method that completes synchronously with a value .NET does not
// cache (only -1..8 are) returns a new completed Task<int> per call under .NET's model.
// unawait's model hands a directly awaited call's result back inline, with no task.
// counts dotnet: tasks=100; state machine boxes=0
// counts unawait: tasks=0; state machine boxes=0
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static readonly Dictionary<int, int> prices = new Dictionary<int, int>();

    static async Task<int> PriceAsync(int id)
    {
        if (prices.TryGetValue(id, out int cached))
            return cached;
        await Task.Yield();
        return prices[id] = id * 10;
    }

    static async Task Main()
    {
        for (int i = 0; i < 100; i++)
            prices[i] = 100 + i;
        long sum = 0;
        for (int i = 0; i < 100; i++)
            sum += await PriceAsync(i);
        Console.WriteLine(sum);
    }
}
