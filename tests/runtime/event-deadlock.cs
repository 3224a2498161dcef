// Two threads each blocked on an event the other would set: .NET hangs; unawait reports the
// deadlock (each thread, the method it blocks in and the kind of event) and exits with 3.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static ManualResetEventSlim ready = new ManualResetEventSlim();
    static AutoResetEvent go = new AutoResetEvent(false);

    static async Task WorkerAsync()
    {
        await Task.Delay(100);
        Console.WriteLine("worker waits for go");
        go.WaitOne();
        ready.Set();
    }

    static void Main()
    {
        Task worker = WorkerAsync();
        Console.WriteLine("main waits for ready");
        ready.Wait();
        go.Set();
    }
}
