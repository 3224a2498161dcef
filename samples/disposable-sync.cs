// SemaphoreSlim and the events are IDisposable: using statements, conversions to IDisposable, `is IDisposable`, Dispose through the interface; type tests, `as` and casts between the threading classes (Stopwatch, Thread, the events, SemaphoreSlim, CancellationTokenSource).
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

static class Program
{
    static void Main()
    {
        using (ManualResetEventSlim ready = new ManualResetEventSlim(true))
        {
            Console.WriteLine("using statement: Wait(0) " + ready.Wait(0));
        }
        using (var countdown = new CountdownEvent(1))
        {
            countdown.Signal();
            Console.WriteLine("using on a CountdownEvent: IsSet " + countdown.IsSet);
        }
        using (var gate = new SemaphoreSlim(1))
        {
            gate.Wait();
            Console.WriteLine("semaphore in a using: count " + gate.CurrentCount);
            gate.Release();
        }

        List<IDisposable> all = new List<IDisposable>();
        all.Add(new ManualResetEvent(false));
        all.Add(new AutoResetEvent(true));
        all.Add(new SemaphoreSlim(2));
        all.Add(new CancellationTokenSource());
        foreach (IDisposable d in all)
        {
            Console.WriteLine(d.GetType().Name + " is IDisposable: " + (d is IDisposable));
            d.Dispose();
        }
        object o = new CountdownEvent(0);
        Console.WriteLine("object is IDisposable: " + (o is IDisposable));

        object[] objects = { new ManualResetEventSlim(), new CountdownEvent(1), new Stopwatch(), Thread.CurrentThread, new SemaphoreSlim(1), new CancellationTokenSource() };
        foreach (object x in objects)
        {
            Console.WriteLine(x.GetType().Name + ": is ManualResetEventSlim " + (x is ManualResetEventSlim) + ", is CountdownEvent " + (x is CountdownEvent)
                + ", is Stopwatch " + (x is Stopwatch) + ", is Thread " + (x is Thread) + ", as SemaphoreSlim " + (x as SemaphoreSlim != null)
                + ", is CancellationTokenSource " + (x is CancellationTokenSource));
        }
        if (objects[2] is Stopwatch sw)
        {
            Console.WriteLine("pattern: the stopwatch is running: " + sw.IsRunning);
        }
        try
        {
            Stopwatch wrong = (Stopwatch)objects[0];
            Console.WriteLine(wrong.IsRunning);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine("cast of a ManualResetEventSlim to Stopwatch: " + e.GetType().Name);
        }
    }
}
