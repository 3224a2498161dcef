using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// Runs each task as a pool work item, and counts what it is asked.
class PoolScheduler : TaskScheduler
{
    int queued;
    int inlined;
    public int Queued => queued;
    public int Inlined => inlined;

    protected override void QueueTask(Task task)
    {
        Interlocked.Increment(ref queued);
        ThreadPool.QueueUserWorkItem(_ => TryExecuteTask(task));
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
    {
        // A task already handed to the pool runs there.
        if (taskWasPreviouslyQueued) return false;
        Interlocked.Increment(ref inlined);
        return TryExecuteTask(task);
    }

    protected override IEnumerable<Task> GetScheduledTasks() => new Task[0];
}

// Posts callbacks to the pool with itself installed there, and counts them.
class PoolContext : SynchronizationContext
{
    int posts;
    public int Posts => posts;

    public override void Post(SendOrPostCallback d, object state)
    {
        Interlocked.Increment(ref posts);
        ThreadPool.QueueUserWorkItem(s =>
        {
            SetSynchronizationContext(this);
            d(s);
        }, state);
    }
}

class Program
{
    static async Task<int> Work(string who)
    {
        int sum = 0;
        for (int i = 1; i <= 3; i++)
        {
            // Long enough that the delay is still pending when the await registers its
            // continuation (a delay completing in between is queued, not inlined).
            await Task.Delay(20);
            sum += i;
        }
        Console.WriteLine($"{who}: scheduler is ours {TaskScheduler.Current is PoolScheduler}, context is ours {SynchronizationContext.Current is PoolContext}");
        return sum;
    }

    static void Main()
    {
        var s = new PoolScheduler();
        Task<int> a = Task.Factory.StartNew(() => Work("scheduler"), CancellationToken.None, TaskCreationOptions.None, s).Unwrap();
        Console.WriteLine($"sum {a.Result}; queued {s.Queued}, inlined {s.Inlined}");

        var ctx = new PoolContext();
        SynchronizationContext.SetSynchronizationContext(ctx);
        Task<int> b = Work("context");
        SynchronizationContext.SetSynchronizationContext(null);
        Console.WriteLine($"sum {b.Result}; posts {ctx.Posts}");

        var done = new ManualResetEventSlim(false);
        ThreadPool.QueueUserWorkItem(state =>
        {
            Console.WriteLine($"work item with state {state}");
            done.Set();
        }, 42);
        done.Wait();
    }
}
