// CountdownEvent: Signal/Signal(n) returning whether the count reached 0, AddCount/TryAddCount, CurrentCount/InitialCount/IsSet, Reset, Wait with and without a timeout while pool threads signal, and .NET's exceptions.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task WorkAsync(CountdownEvent done, string name, int ms)
    {
        await Task.Delay(ms);
        Console.WriteLine("  " + name + " signals");
        done.Signal();
    }

    static void Show(string what, CountdownEvent e)
    {
        Console.WriteLine(what + ": CurrentCount " + e.CurrentCount + ", InitialCount " + e.InitialCount + ", IsSet " + e.IsSet);
    }

    static void Main()
    {
        CountdownEvent e = new CountdownEvent(3);
        Show("new CountdownEvent(3)", e);
        Console.WriteLine("Signal() -> " + e.Signal());
        Console.WriteLine("Signal(2) -> " + e.Signal(2));
        Show("after three signals", e);
        Console.WriteLine("Wait(0) -> " + e.Wait(0));
        Console.WriteLine("TryAddCount() on a set event -> " + e.TryAddCount());
        try
        {
            e.AddCount();
        }
        catch (InvalidOperationException x)
        {
            Console.WriteLine("AddCount(): " + x.Message);
        }
        try
        {
            e.Signal();
        }
        catch (InvalidOperationException x)
        {
            Console.WriteLine("Signal(): " + x.Message);
        }

        e.Reset();
        Show("Reset()", e);
        e.AddCount(2);
        Console.WriteLine("TryAddCount(1) -> " + e.TryAddCount(1));
        Show("AddCount(2), TryAddCount(1)", e);
        try
        {
            e.Signal(7);
        }
        catch (InvalidOperationException x)
        {
            Console.WriteLine("Signal(7): " + x.Message);
        }
        e.Reset(2);
        Show("Reset(2)", e);

        Task a = WorkAsync(e, "worker A", 100);
        Task b = WorkAsync(e, "worker B", 200);
        Console.WriteLine("Wait(50) -> " + e.Wait(50));
        e.Wait();
        Show("Wait() returned", e);
        Task.WaitAll(a, b);

        CountdownEvent zero = new CountdownEvent(0);
        Show("new CountdownEvent(0)", zero);
        zero.Reset(1);
        Task c = WorkAsync(zero, "worker C", 100);
        Console.WriteLine("Wait(TimeSpan.FromSeconds(1)) -> " + zero.Wait(TimeSpan.FromSeconds(1)));
        c.Wait();

        try
        {
            new CountdownEvent(-1);
        }
        catch (ArgumentOutOfRangeException x)
        {
            Console.WriteLine("new CountdownEvent(-1): " + x.GetType().Name);
        }
        try
        {
            zero.Signal(0);
        }
        catch (ArgumentOutOfRangeException x)
        {
            Console.WriteLine("Signal(0): " + x.GetType().Name);
        }
        e.Dispose();
        zero.Dispose();
        Console.WriteLine("done");
    }
}
