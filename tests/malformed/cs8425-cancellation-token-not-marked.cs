// expect: CS8425
// An async iterator with a CancellationToken parameter not marked [EnumeratorCancellation]: the token of WithCancellation does not reach it (a warning; the program runs).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async IAsyncEnumerable<int> Numbers(CancellationToken token)
    {
        for (int i = 0; i < 2; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    static async Task Main()
    {
        await foreach (var x in Numbers(CancellationToken.None))
            Console.WriteLine(x);
    }
}
