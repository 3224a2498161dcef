// Thread.Sleep (int, TimeSpan, 0) blocking the calling thread while timers and other threads run, Stopwatch (StartNew, Start, Stop, Restart, Reset, Elapsed, ElapsedMilliseconds, IsRunning) measuring it, Timeout's constants and Thread.CurrentThread.ManagedThreadId; elapsed times are printed as comparisons only.
using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static int tickerThread = 0;
    static int ticks = 0;

    static async Task TickAsync(int count, int ms)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Delay(ms);
            ticks++;
            tickerThread = Thread.CurrentThread.ManagedThreadId;
        }
    }

    static void Main()
    {
        Console.WriteLine("Timeout.Infinite = " + Timeout.Infinite + ", Timeout.InfiniteTimeSpan = " + Timeout.InfiniteTimeSpan);
        Console.WriteLine("InfiniteTimeSpan is -1 ms: " + (Timeout.InfiniteTimeSpan == TimeSpan.FromMilliseconds(-1)));

        Stopwatch sw = Stopwatch.StartNew();
        Console.WriteLine("StartNew: running " + sw.IsRunning);
        Thread.Sleep(200);
        long afterSleep = sw.ElapsedMilliseconds;
        Console.WriteLine("Sleep(200) took at least 200 ms: " + (afterSleep >= 200) + ", less than a second: " + (afterSleep < 1000));
        Thread.Sleep(TimeSpan.FromMilliseconds(100));
        Console.WriteLine("Sleep(TimeSpan 100 ms) adds at least 100 ms: " + (sw.ElapsedMilliseconds >= afterSleep + 100));
        Thread.Sleep(0);
        Console.WriteLine("Elapsed agrees with ElapsedMilliseconds: " + ((long)sw.Elapsed.TotalMilliseconds >= afterSleep + 100));

        sw.Stop();
        long stopped = sw.ElapsedMilliseconds;
        Thread.Sleep(100);
        Console.WriteLine("stopped: running " + sw.IsRunning + ", unchanged while stopped: " + (sw.ElapsedMilliseconds == stopped));
        sw.Start();
        Thread.Sleep(100);
        Console.WriteLine("started again: running " + sw.IsRunning + ", accumulates: " + (sw.ElapsedMilliseconds >= stopped + 100));
        sw.Restart();
        Console.WriteLine("Restart: running " + sw.IsRunning + ", near zero: " + (sw.ElapsedMilliseconds < 100));
        sw.Reset();
        Console.WriteLine("Reset: running " + sw.IsRunning + ", Elapsed " + sw.Elapsed + ", ElapsedMilliseconds " + sw.ElapsedMilliseconds);

        Stopwatch fresh = new Stopwatch();
        Console.WriteLine("new Stopwatch(): running " + fresh.IsRunning + ", Elapsed " + fresh.Elapsed);
        Console.WriteLine("a stopwatch prints its Elapsed: " + fresh);

        // While Main sleeps, the timers go on firing and their continuations run on the pool.
        int main = Thread.CurrentThread.ManagedThreadId;
        Console.WriteLine("Thread.CurrentThread.ManagedThreadId is Environment.CurrentManagedThreadId: " + (main == Environment.CurrentManagedThreadId));
        Console.WriteLine("the same Thread object each time: " + ReferenceEquals(Thread.CurrentThread, Thread.CurrentThread));
        Task ticker = TickAsync(3, 100);
        Thread.Sleep(450);
        Console.WriteLine("ticks while Main slept: " + ticks + ", ticker finished: " + ticker.IsCompleted);
        Console.WriteLine("the ticks ran on another thread: " + (tickerThread != main));

        try
        {
            Thread.Sleep(-2);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("Sleep(-2): " + e.GetType().Name);
        }
        Console.WriteLine("done");
    }
}
