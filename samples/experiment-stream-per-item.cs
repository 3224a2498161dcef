// Pattern 5, before: an await per element of an async stream. The stream itself costs its
// iterator object and one box (it suspends once per page of 100; the other MoveNextAsync calls
// complete at once and allocate nothing), but ProcessAsync suspends once per element, and under
// .NET's model each of those calls allocates its own box: 1,000 of them.
// counts dotnet: state machine boxes=1002; async iterators=1; tasks=0; total=1003; suspensions=2020
// counts unawait: state machine boxes=4; async iterators=1; suspensions=2020
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static long total;

    static async IAsyncEnumerable<int> Source(int n)
    {
        for (int i = 0; i < n; i++)
        {
            // A page of 100 elements arrives at a time.
            if (i % 100 == 0) await Task.Yield();
            yield return i;
        }
    }

    static async Task ProcessAsync(int item)
    {
        await Task.Yield();
        total += item;
    }

    static async Task Main()
    {
        await foreach (var item in Source(1000))
            await ProcessAsync(item);
        Console.WriteLine(total);
    }
}
