// ManualResetEventSlim, ManualResetEvent and AutoResetEvent: Set/Reset/IsSet, Wait and WaitOne with and without timeouts, a token ending a wait, and threads blocked until another thread sets the event.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task SetAfterAsync(ManualResetEventSlim e, int ms)
    {
        await Task.Delay(ms);
        Console.WriteLine("  (a pool thread sets the event)");
        e.Set();
    }

    static async Task WaitOneAsync(AutoResetEvent e, string name, int startMs, int timeoutMs)
    {
        await Task.Delay(startMs);
        bool released = e.WaitOne(timeoutMs);
        Console.WriteLine("  " + name + " released: " + released);
    }

    static void Main()
    {
        ManualResetEventSlim slim = new ManualResetEventSlim();
        Console.WriteLine("ManualResetEventSlim: IsSet " + slim.IsSet + ", Wait(50) " + slim.Wait(50));
        Task setter = SetAfterAsync(slim, 100);
        slim.Wait();
        Console.WriteLine("Wait() returned, IsSet " + slim.IsSet);
        Console.WriteLine("Wait(0) while set: " + slim.Wait(0) + ", still set: " + slim.IsSet);
        slim.Reset();
        Console.WriteLine("after Reset: IsSet " + slim.IsSet + ", Wait(TimeSpan.Zero) " + slim.Wait(TimeSpan.Zero));

        CancellationTokenSource cts = new CancellationTokenSource(100);
        try
        {
            slim.Wait(cts.Token);
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("Wait(token) canceled: " + e.GetType().Name + ": " + e.Message);
        }
        ManualResetEventSlim preset = new ManualResetEventSlim(true);
        Console.WriteLine("new ManualResetEventSlim(true): IsSet " + preset.IsSet + ", Wait(10, None) " + preset.Wait(10, CancellationToken.None));
        try
        {
            preset.Wait(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("a canceled token throws even when the event is set");
        }
        try
        {
            preset.Wait(-5);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("Wait(-5): " + e.GetType().Name);
        }

        ManualResetEvent manual = new ManualResetEvent(false);
        Console.WriteLine("ManualResetEvent: WaitOne(50) " + manual.WaitOne(50));
        Console.WriteLine("Set() returns " + manual.Set() + ", WaitOne() " + manual.WaitOne() + ", WaitOne(0) again " + manual.WaitOne(0));
        Console.WriteLine("Reset() returns " + manual.Reset() + ", WaitOne(TimeSpan.FromMilliseconds(50)) " + manual.WaitOne(TimeSpan.FromMilliseconds(50)));

        AutoResetEvent auto = new AutoResetEvent(true);
        Console.WriteLine("AutoResetEvent(true): WaitOne(0) " + auto.WaitOne(0) + ", then WaitOne(0) " + auto.WaitOne(0));
        Task first = WaitOneAsync(auto, "the first waiter", 50, 1000);
        Thread.Sleep(150);
        Console.WriteLine("Set with a pool thread blocked in WaitOne:");
        auto.Set();
        Thread.Sleep(100);
        Task second = WaitOneAsync(auto, "the second waiter", 0, 100);
        Task.WaitAll(first, second);
        Console.WriteLine("the Set released one waiter only");
        auto.Set();
        Console.WriteLine("Set with nobody waiting stays set: WaitOne(0) " + auto.WaitOne(0) + ", then " + auto.WaitOne(0));
        Console.WriteLine("Reset() returns " + auto.Reset());
        slim.Dispose();
        manual.Dispose();
        auto.Dispose();
        Console.WriteLine("done");
    }
}
