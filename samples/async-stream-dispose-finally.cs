using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// Leaving an `await foreach` early (break, return, an exception) disposes the enumerator:
// DisposeAsync resumes the iterator at its `yield return`, which leaves through the pending
// `finally` blocks (they may await), then the loop's exit goes on.
class Program
{
    static async IAsyncEnumerable<int> Numbers(string name)
    {
        try
        {
            try
            {
                for (int i = 0; ; i++)
                {
                    await Task.Delay(5);
                    Console.WriteLine($"{name}: producing {i}");
                    yield return i;
                }
            }
            finally
            {
                Console.WriteLine($"{name}: inner finally");
            }
        }
        finally
        {
            Console.WriteLine($"{name}: outer finally, awaiting");
            await Task.Delay(5);
            Console.WriteLine($"{name}: outer finally done");
        }
    }

    static async Task<int> FirstAbove(int limit)
    {
        await foreach (var x in Numbers("return"))
            if (x > limit) return x;
        return -1;
    }

    static async Task Main()
    {
        await foreach (var x in Numbers("break"))
        {
            Console.WriteLine($"got {x}");
            if (x == 1) break;
        }
        Console.WriteLine("after break");
        Console.WriteLine($"first above 1: {await FirstAbove(1)}");
        try
        {
            await foreach (var x in Numbers("throw"))
                if (x == 1) throw new InvalidOperationException("consumer gave up");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"caught {e.Message}");
        }
        // Disposing before the first MoveNextAsync runs nothing.
        var e2 = Numbers("unused").GetAsyncEnumerator();
        await e2.DisposeAsync();
        Console.WriteLine("disposed an unstarted enumerator");
    }
}
