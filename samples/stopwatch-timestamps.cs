// Stopwatch.GetTimestamp, Frequency, IsHighResolution and ElapsedTicks, and Environment.TickCount/TickCount64, measuring sleeps and delays on the same clock as Stopwatch; only comparisons are printed.
using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<long> DelayedTimestampAsync(int ms)
    {
        await Task.Delay(ms);
        return Stopwatch.GetTimestamp();
    }

    static void Main()
    {
        Console.WriteLine("IsHighResolution: " + Stopwatch.IsHighResolution + ", Frequency > 0: " + (Stopwatch.Frequency > 0));

        long start = Stopwatch.GetTimestamp();
        int tickStart = Environment.TickCount;
        long tick64Start = Environment.TickCount64;
        Thread.Sleep(150);
        long afterSleep = Stopwatch.GetTimestamp();
        long ms = (afterSleep - start) * 1000 / Stopwatch.Frequency;
        Console.WriteLine("a 150 ms sleep in timestamps: at least 150 ms " + (ms >= 150) + ", under a second " + (ms < 1000));
        Console.WriteLine("TickCount advanced at least 150: " + (Environment.TickCount - tickStart >= 150) + ", TickCount64 too: " + (Environment.TickCount64 - tick64Start >= 150));

        long done = DelayedTimestampAsync(100).Result;
        Console.WriteLine("the delay's continuation read a later timestamp: " + (done - afterSleep >= 100 * Stopwatch.Frequency / 1000));

        Stopwatch sw = Stopwatch.StartNew();
        Thread.Sleep(100);
        sw.Stop();
        Console.WriteLine("ElapsedTicks are in Frequency units: " + (sw.ElapsedTicks * 1000 / Stopwatch.Frequency == sw.ElapsedMilliseconds));
        Console.WriteLine("and agree with Elapsed: " + (sw.ElapsedTicks * TimeSpan.TicksPerSecond / Stopwatch.Frequency == sw.Elapsed.Ticks));
    }
}
