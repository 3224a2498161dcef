using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

// `[EnumeratorCancellation]` on async iterators with type parameters of their own: the token
// given to WithCancellation or GetAsyncEnumerator reaches each instance of the generic method.
static class Streams
{
    public static async IAsyncEnumerable<T> Repeat<T>(T value, int times, [EnumeratorCancellation] CancellationToken ct = default)
    {
        Console.WriteLine($"repeat {value}: token {(ct.CanBeCanceled ? "given" : "none")}");
        for (int i = 0; i < times; i++)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            yield return value;
        }
    }

    public static async IAsyncEnumerable<List<T>> Window<T>(this IAsyncEnumerable<T> source, int size, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var window = new List<T>();
        await foreach (var item in source.WithCancellation(ct))
        {
            window.Add(item);
            if (window.Count == size)
            {
                yield return window;
                window = new List<T>();
            }
        }
        if (window.Count > 0) yield return window;
    }
}

class Feed<TItem>
{
    public async IAsyncEnumerable<TOut> Map<TOut>(TItem item, Func<TItem, TOut> f, [EnumeratorCancellation] CancellationToken ct = default)
    {
        Console.WriteLine("map: token " + (ct.CanBeCanceled ? "given" : "none"));
        await Task.Yield();
        yield return f(item);
    }
}

class Program
{
    static async Task Main()
    {
        var cts = new CancellationTokenSource();
        await foreach (var w in Streams.Repeat("x", 5).Window(2).WithCancellation(cts.Token))
            Console.WriteLine(string.Join("", w));
        await foreach (var n in new Feed<string>().Map("abc", s => s.Length).WithCancellation(cts.Token))
            Console.WriteLine(n);
        var e = Streams.Repeat(1.5, 1).GetAsyncEnumerator(cts.Token);
        while (await e.MoveNextAsync()) Console.WriteLine(e.Current);
        await e.DisposeAsync();
        await foreach (var n in Streams.Repeat(7, 1)) Console.WriteLine(n);
        cts.Cancel();
        try
        {
            await foreach (var n in Streams.Repeat(2, 3).WithCancellation(cts.Token)) Console.WriteLine("got " + n);
            Console.WriteLine("not canceled");
        }
        catch (OperationCanceledException) { Console.WriteLine("canceled"); }
    }
}
