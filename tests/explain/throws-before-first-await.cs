// Trap A and exceptions: an async method that throws before its first await that suspends
// completes synchronously, with a faulted or canceled task, so a caller's await of it does not
// suspend. A `throw` statement is not the only way: a canceled token's
// ThrowIfCancellationRequested, a call of a method that throws, an index out of range, a
// division by zero, a member of a null reference, and the await of a task that has already
// failed throw as well. None of those methods always suspends (Main calls each with the input
// that makes it throw, and prints that the call completed at once). A catch-all clause around
// what can throw keeps the path going to the await; a method with nothing that can throw before
// its await still always suspends.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static void Require(bool ok, string what)
    {
        if (!ok)
        {
            throw new ArgumentException(what);
        }
    }

    static async Task<int> ExportAsync(int rows, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        await Task.Delay(20);
        return rows * 2;
    }

    static async Task<int> ImportAsync(string name)
    {
        Require(name.Length > 0, "name");
        await Task.Delay(10);
        return name.Length;
    }

    static async Task<int> PickAsync(int[] slots, int i)
    {
        int v = slots[i];
        await Task.Delay(5);
        return v;
    }

    static async Task<int> AverageAsync(int total, int count)
    {
        int average = total / count;
        await Task.Delay(5);
        return average;
    }

    static async Task<int> LengthAsync(string text)
    {
        int n = text.Length;
        await Task.Delay(5);
        return n;
    }

    static async Task<int> ConnectAsync(bool up)
    {
        if (!up)
        {
            throw new InvalidOperationException("no connection");
        }
        await Task.Delay(5);
        return 1;
    }

    // ConnectAsync(false) fails before it suspends: so does this call, at its first await.
    static async Task<int> SessionAsync(bool up)
    {
        int connection = await ConnectAsync(up);
        await Task.Delay(5);
        return connection;
    }

    // The catch-all clause catches the index out of range: every call still reaches the delay.
    static async Task<int> GuardedPickAsync(int[] slots, int i)
    {
        int v = -1;
        try
        {
            v = slots[i];
        }
        catch (Exception)
        {
            Console.WriteLine("no slot " + i + ", using -1");
        }
        await Task.Delay(5);
        return v;
    }

    // Nothing before the delay can throw: every call suspends.
    static async Task<int> ScaleAsync(int n)
    {
        int doubled = n * 2 + n / 2;
        await Task.Delay(5);
        return doubled;
    }

    static async Task Main()
    {
        var cts = new CancellationTokenSource();
        cts.Cancel();
        Task<int> export = ExportAsync(5, cts.Token);
        Console.WriteLine("export completed at once: " + export.IsCompleted);
        try
        {
            Console.WriteLine(await export);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("export canceled");
        }
        try
        {
            Console.WriteLine(await ImportAsync(""));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("import: " + e.Message);
        }
        int[] slots = { 7, 8 };
        try
        {
            Console.WriteLine(await PickAsync(slots, 2));
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("pick: no slot 2");
        }
        try
        {
            Console.WriteLine(await AverageAsync(10, 0));
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("average: no items");
        }
        try
        {
            Console.WriteLine(await LengthAsync(null));
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("length: no text");
        }
        Task<int> session = SessionAsync(false);
        Console.WriteLine("session completed at once: " + session.IsCompleted);
        try
        {
            Console.WriteLine(await session);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("session: " + e.Message);
        }
        Console.WriteLine(await GuardedPickAsync(slots, 5));
        Console.WriteLine(await ScaleAsync(4));
        Console.WriteLine(await ExportAsync(3, CancellationToken.None) + await ImportAsync("abc"));
    }
}
