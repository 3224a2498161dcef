// `await foreach` over an object of the program's class by C#'s pattern: its own
// GetAsyncEnumerator(), here an async iterator returning IAsyncEnumerator<T>; a loop variable
// of another type converts each element.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Countdown
{
    private readonly int from;
    public Countdown(int from) { this.from = from; }

    public async IAsyncEnumerator<int> GetAsyncEnumerator()
    {
        for (int i = from; i > 0; i--)
        {
            await Task.Yield();
            yield return i;
        }
    }
}

class Program
{
    static async Task Main()
    {
        await foreach (var n in new Countdown(3))
            Console.WriteLine(n);
        var c = new Countdown(2);
        await foreach (long n in c)
            Console.WriteLine(n * 10);
    }
}
