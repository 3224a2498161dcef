// C# 12: async iterators (async IAsyncEnumerable<T> with yield return and yield break), await foreach, a generic async iterator filtering another stream, [EnumeratorCancellation] CancellationToken, WithCancellation, ConfigureAwait on an async stream, manual IAsyncEnumerator<T> with await using and MoveNextAsync
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async IAsyncEnumerable<int> CountAsync(int from, int to, [EnumeratorCancellation] CancellationToken token = default)
    {
        for (int i = from; i <= to; i++)
        {
            token.ThrowIfCancellationRequested();
            await Task.Delay(1, token);
            yield return i;
        }
    }

    static async IAsyncEnumerable<string> ReadPagesAsync(int pageSize)
    {
        var source = new[] { "a", "b", "c", "d", "e", "f", "g" };
        for (int start = 0; ; start += pageSize)
        {
            await Task.Yield();
            if (start >= source.Length) yield break;
            int end = Math.Min(start + pageSize, source.Length);
            yield return string.Join("", source[start..end]);
        }
    }

    static async IAsyncEnumerable<T> WhereAsync<T>(IAsyncEnumerable<T> items, Func<T, bool> predicate)
    {
        await foreach (var item in items)
            if (predicate(item)) yield return item;
    }

    static async Task Main()
    {
        await foreach (var n in CountAsync(1, 3))
            Console.Write(n + " ");
        Console.WriteLine();

        await foreach (var page in ReadPagesAsync(3))
            Console.WriteLine($"page {page}");

        await foreach (int even in WhereAsync(CountAsync(1, 10), x => x % 2 == 0).ConfigureAwait(false))
            Console.Write(even + " ");
        Console.WriteLine();

        using var cts = new CancellationTokenSource();
        try
        {
            await foreach (var n in CountAsync(1, 100).WithCancellation(cts.Token))
            {
                if (n == 3) cts.Cancel();
                Console.Write($"[{n}]");
            }
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine(" cancelled");
        }

        await using IAsyncEnumerator<int> e = CountAsync(5, 6).GetAsyncEnumerator();
        while (await e.MoveNextAsync())
            Console.WriteLine($"manual {e.Current}");
    }
}
