using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// An async iterator: `yield return` and `await` in one method returning IAsyncEnumerable<T>,
// consumed by `await foreach`. Nothing runs until the first MoveNextAsync.
class Program
{
    static async IAsyncEnumerable<int> Countdown(int from)
    {
        Console.WriteLine("Countdown starts");
        for (int i = from; i > 0; i--)
        {
            await Task.Delay(10);
            yield return i;
        }
        Console.WriteLine("Countdown ends");
    }

    static async IAsyncEnumerable<string> Words()
    {
        // Elements ready without suspending: MoveNextAsync completes synchronously.
        yield return "alpha";
        yield return "beta";
        await Task.Yield();
        yield return "gamma";
    }

    static async Task Main()
    {
        var numbers = Countdown(3);
        Console.WriteLine("called Countdown");
        await foreach (var n in numbers)
            Console.WriteLine($"n = {n}");
        // A second enumeration of the same enumerable runs the body again.
        int total = 0;
        await foreach (var n in numbers)
            total += n;
        Console.WriteLine($"total = {total}");
        await foreach (string w in Words())
            Console.WriteLine(w.ToUpper());
    }
}
