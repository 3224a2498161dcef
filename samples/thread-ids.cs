// Environment.CurrentManagedThreadId: where code runs around awaits (only comparisons that are deterministic in .NET).
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static int startedOn = 0;
    static int innerResumedOn = 0;

    // The part before the first await runs on the caller's thread.
    static async Task<int> RecordAsync()
    {
        startedOn = Environment.CurrentManagedThreadId;
        await Task.Delay(100);
        innerResumedOn = Environment.CurrentManagedThreadId;
        return 1;
    }

    static async Task<int> NoSuspendAsync()
    {
        await Task.CompletedTask;
        return Environment.CurrentManagedThreadId;
    }

    static async Task Main(string[] args)
    {
        int main = Environment.CurrentManagedThreadId;
        Console.WriteLine("args: " + args.Length);

        await Task.CompletedTask;
        Console.WriteLine("after awaiting a completed task, same thread: " + (main == Environment.CurrentManagedThreadId));

        int inner = await NoSuspendAsync();
        Console.WriteLine("async method that never suspends ran on main: " + (inner == main));

        Task<int> t = RecordAsync();
        Console.WriteLine("synchronous part ran on main: " + (startedOn == main));
        await t;
        int outer = Environment.CurrentManagedThreadId;
        Console.WriteLine("resumed after a delay on main: " + (outer == main));
        // Without a SynchronizationContext the continuation of Main runs inline on the thread that completed t.
        Console.WriteLine("Main resumed where RecordAsync finished: " + (outer == innerResumedOn));

        int beforeYield = Environment.CurrentManagedThreadId;
        await Task.Yield();
        Console.WriteLine("Task.Yield resumed on main: " + (Environment.CurrentManagedThreadId == main));
        int here = Environment.CurrentManagedThreadId;
        Console.WriteLine("no await between two reads: " + (here == Environment.CurrentManagedThreadId));
        Console.WriteLine("still not main: " + (beforeYield != main));
    }
}
