using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// Consuming an async stream by hand: GetAsyncEnumerator, MoveNextAsync until false, Current,
// DisposeAsync, which is what `await foreach` expands to. An async iterator may also return
// IAsyncEnumerator<T> itself.
class Program
{
    static async IAsyncEnumerable<char> Letters(string s)
    {
        foreach (var c in s)
        {
            if (c == ' ') await Task.Delay(5);
            else yield return c;
        }
    }

    static async IAsyncEnumerator<int> Squares(int n)
    {
        for (int i = 1; i <= n; i++)
        {
            await Task.Yield();
            yield return i * i;
        }
    }

    static async Task Main()
    {
        var e = Letters("ab cd").GetAsyncEnumerator();
        try
        {
            while (await e.MoveNextAsync())
                Console.Write(e.Current);
            Console.WriteLine();
            // After the end, MoveNextAsync keeps answering false.
            Console.WriteLine(await e.MoveNextAsync());
        }
        finally
        {
            await e.DisposeAsync();
        }

        var letters = Letters("xy");
        var first = letters.GetAsyncEnumerator();
        var second = letters.GetAsyncEnumerator();
        Console.WriteLine(object.ReferenceEquals(first, letters));
        Console.WriteLine(object.ReferenceEquals(second, letters));
        await first.MoveNextAsync();
        await second.MoveNextAsync();
        await second.MoveNextAsync();
        Console.WriteLine($"{first.Current} {second.Current}");
        await first.DisposeAsync();
        await second.DisposeAsync();

        var squares = Squares(4);
        int sum = 0;
        while (await squares.MoveNextAsync())
            sum += squares.Current;
        await squares.DisposeAsync();
        Console.WriteLine($"sum of squares {sum}");
    }
}
