using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// An exception thrown in an async iterator surfaces at the consumer's await of MoveNextAsync
// (never at the call that made the stream), whether it is thrown before the first element,
// between elements, after an await, or from a finally block run by DisposeAsync.
class Program
{
    static async IAsyncEnumerable<int> FailsAt(int n, bool afterAwait)
    {
        for (int i = 0; ; i++)
        {
            if (afterAwait) await Task.Delay(5);
            if (i == n) throw new InvalidOperationException($"failed at {i}");
            yield return i;
        }
    }

    static async IAsyncEnumerable<int> FailsInFinally()
    {
        try
        {
            yield return 1;
            yield return 2;
        }
        finally
        {
            await Task.Yield();
            throw new ApplicationException("finally failed");
        }
    }

    static async Task Consume(string name, IAsyncEnumerable<int> stream, int stopAt)
    {
        try
        {
            await foreach (var x in stream)
            {
                Console.WriteLine($"{name}: {x}");
                if (x == stopAt) break;
            }
            Console.WriteLine($"{name}: completed");
        }
        catch (Exception e)
        {
            Console.WriteLine($"{name}: caught {e.GetType().Name}: {e.Message}");
        }
    }

    static async Task Main()
    {
        var stream = FailsAt(0, false);
        Console.WriteLine("made the stream: nothing thrown yet");
        await Consume("at once", stream, -1);
        await Consume("between elements", FailsAt(2, false), -1);
        await Consume("after an await", FailsAt(2, true), -1);
        await Consume("finally on break", FailsInFinally(), 1);
        await Consume("finally at the end", FailsInFinally(), -1);
    }
}
