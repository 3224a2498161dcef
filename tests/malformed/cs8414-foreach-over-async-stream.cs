// expect: CS8414
// A plain `foreach` over an async stream: C# suggests `await foreach`.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async IAsyncEnumerable<int> Numbers()
    {
        await Task.Yield();
        yield return 1;
    }

    static void Main()
    {
        foreach (var n in Numbers())
            Console.WriteLine(n);
    }
}
