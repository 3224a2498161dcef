// expect: CS8419, CS8420
// Async methods returning IAsyncEnumerable<T> without `yield`: one awaits (CS8419), one does not (CS8420).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async IAsyncEnumerable<int> Awaits()
    {
        await Task.Delay(1);
    }

    static async IAsyncEnumerable<int> Nothing()
    {
        Console.WriteLine("no yield");
    }

    static async Task Main()
    {
        await foreach (var x in Awaits())
            Console.WriteLine(x);
        await foreach (var x in Nothing())
            Console.WriteLine(x);
    }
}
