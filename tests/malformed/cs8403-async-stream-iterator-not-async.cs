// expect: CS8403
// A method with `yield` returning IAsyncEnumerable<T> must be `async`.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static IAsyncEnumerable<int> Numbers()
    {
        yield return 1;
    }

    static async Task Main()
    {
        await foreach (var x in Numbers())
            Console.WriteLine(x);
    }
}
