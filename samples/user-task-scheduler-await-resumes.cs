using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// Queues tasks for the main thread to run: awaits inside its tasks resume through it.
class MainThreadScheduler : TaskScheduler
{
    readonly Queue<Task> tasks = new Queue<Task>();
    readonly AutoResetEvent queued = new AutoResetEvent(false);
    public int Queued;

    protected override void QueueTask(Task task)
    {
        lock (tasks)
        {
            Queued++;
            tasks.Enqueue(task);
        }
        queued.Set();
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (tasks) return tasks.ToArray();
    }

    // Runs queued tasks on this thread until `done` completes.
    public void RunUntil(Task done)
    {
        while (!done.IsCompleted)
        {
            Task next = null;
            lock (tasks)
            {
                if (tasks.Count > 0) next = tasks.Dequeue();
            }
            if (next != null) TryExecuteTask(next);
            else queued.WaitOne(10);
        }
    }
}

class Program
{
    static int mainThread;

    static string Where(TaskScheduler s) =>
        (Thread.CurrentThread.ManagedThreadId == mainThread ? "main thread" : "pool thread")
        + (TaskScheduler.Current == s ? ", our scheduler" : ", default scheduler");

    static async Task Steps(MainThreadScheduler s)
    {
        Console.WriteLine($"start: {Where(s)}");
        await Task.Delay(5);
        Console.WriteLine($"after Delay: {Where(s)}, queued {s.Queued}");
        await Task.Yield();
        Console.WriteLine($"after Yield: {Where(s)}, queued {s.Queued}");
        await Task.Delay(5).ConfigureAwait(false);
        Console.WriteLine($"after ConfigureAwait(false): {Where(s)}, queued {s.Queued}");
    }

    static void Main()
    {
        mainThread = Thread.CurrentThread.ManagedThreadId;
        // No SynchronizationContext (a UI thread's would take the awaits' continuations first).
        SynchronizationContext.SetSynchronizationContext(null);
        var s = new MainThreadScheduler();
        Task outer = Task.Factory.StartNew(() => Steps(s), CancellationToken.None, TaskCreationOptions.None, s).Unwrap();
        s.RunUntil(outer);
        outer.Wait();
        Console.WriteLine($"done: queued {s.Queued}");
    }
}
