// User classes implementing IAsyncEnumerable<T> and IAsyncEnumerator<T>: an async-iterator
// GetAsyncEnumerator (its finally runs when the enumeration ends or is canceled), a
// hand-written IAsyncEnumerator<T> disposed by await foreach at the end and on break, an
// IAsyncEnumerable<T> variable and parameter, WithCancellation's token reaching
// GetAsyncEnumerator, ConfigureAwait(false), and an enumerator used directly.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

class Range : IAsyncEnumerable<int>
{
    int n;
    public Range(int n) { this.n = n; }
    public async IAsyncEnumerator<int> GetAsyncEnumerator(CancellationToken ct = default)
    {
        try
        {
            for (int i = 0; i < n; i++)
            {
                await Task.Yield();
                ct.ThrowIfCancellationRequested();
                yield return i;
            }
        }
        finally { Console.WriteLine("Range finally"); }
    }
}

class Ticker : IAsyncEnumerator<string>
{
    int left;
    public Ticker(int n) { left = n; }
    public string Current { get; private set; }
    public async ValueTask<bool> MoveNextAsync()
    {
        await Task.Delay(1);
        if (left == 0) return false;
        Current = "tick" + left--;
        return true;
    }
    public async ValueTask DisposeAsync()
    {
        await Task.Delay(1);
        Console.WriteLine("Ticker disposed");
    }
}

class Ticks : IAsyncEnumerable<string>
{
    public IAsyncEnumerator<string> GetAsyncEnumerator(CancellationToken token)
    {
        Console.WriteLine("token can be canceled: " + token.CanBeCanceled);
        return new Ticker(3);
    }
}

class Source : IAsyncEnumerable<int>
{
    // The token of WithCancellation reaches an [EnumeratorCancellation] parameter through
    // the class's GetAsyncEnumerator.
    public IAsyncEnumerator<int> GetAsyncEnumerator(CancellationToken token = default) =>
        Numbers(100, token).GetAsyncEnumerator(token);

    static async IAsyncEnumerable<int> Numbers(int start, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (int i = start; ; i++)
        {
            await Task.Delay(1);
            if (ct.IsCancellationRequested) { Console.WriteLine("stopping at " + i); yield break; }
            yield return i;
        }
    }
}

class Program
{
    static async Task<int> Total(IAsyncEnumerable<int> xs)
    {
        int s = 0;
        await foreach (var x in xs) s += x;
        return s;
    }

    static async Task Main()
    {
        await foreach (var i in new Range(3)) Console.WriteLine(i);
        Console.WriteLine(await Total(new Range(5)));
        await foreach (var t in new Ticks()) Console.WriteLine(t);
        IAsyncEnumerable<string> ts = new Ticks();
        await foreach (var t in ts) { Console.WriteLine(t); break; }
        var cts = new CancellationTokenSource();
        try
        {
            await foreach (var i in new Range(10).WithCancellation(cts.Token))
            {
                Console.WriteLine(i);
                if (i == 1) cts.Cancel();
            }
        }
        catch (OperationCanceledException) { Console.WriteLine("canceled"); }
        await foreach (var i in new Range(2).ConfigureAwait(false)) Console.WriteLine("cf " + i);
        var cts2 = new CancellationTokenSource();
        await foreach (var t in new Ticks().WithCancellation(cts2.Token)) { Console.WriteLine(t); break; }
        await foreach (var i in new Source().WithCancellation(cts2.Token))
        {
            Console.WriteLine(i);
            if (i == 101) cts2.Cancel();
        }
        IAsyncEnumerator<string> e = new Ticker(2);
        while (await e.MoveNextAsync()) Console.WriteLine(e.Current);
        await e.DisposeAsync();
    }
}
