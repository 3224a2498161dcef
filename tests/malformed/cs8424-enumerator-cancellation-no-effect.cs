// expect: CS8424
// [EnumeratorCancellation] on a parameter that is not a CancellationToken: a warning, the program still runs.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

static class Program
{
    static async IAsyncEnumerable<int> Numbers([EnumeratorCancellation] int count)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    static async Task Main()
    {
        await foreach (var x in Numbers(2))
            Console.WriteLine(x);
    }
}
