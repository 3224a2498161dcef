using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// Runs every task it is given at once, on the thread that queues it.
class InlineScheduler : TaskScheduler
{
    public int Queued;
    public int InlineAsked;

    protected override void QueueTask(Task task)
    {
        Queued++;
        TryExecuteTask(task);
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
    {
        InlineAsked++;
        return TryExecuteTask(task);
    }

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        return new List<Task>();
    }

    public override int MaximumConcurrencyLevel => 1;
}

class Program
{
    static void Main()
    {
        var s = new InlineScheduler();
        int mainThread = Thread.CurrentThread.ManagedThreadId;
        Task t = Task.Factory.StartNew(() =>
        {
            Console.WriteLine($"running: on the queuing thread {Thread.CurrentThread.ManagedThreadId == mainThread}");
            Console.WriteLine($"current is ours: {TaskScheduler.Current == s}");
        }, CancellationToken.None, TaskCreationOptions.None, s);
        Console.WriteLine($"after StartNew: completed {t.IsCompleted}, status {t.Status}");
        Task<int> f = Task.Factory.StartNew(() => 6 * 7, CancellationToken.None, TaskCreationOptions.None, s);
        Console.WriteLine($"result {f.Result}");
        Console.WriteLine($"outside a task, current is default: {TaskScheduler.Current == TaskScheduler.Default}");
        Console.WriteLine($"queued {s.Queued}, inline asked {s.InlineAsked}, max level {s.MaximumConcurrencyLevel}");
        Console.WriteLine($"default max level is int.MaxValue: {TaskScheduler.Default.MaximumConcurrencyLevel == int.MaxValue}");
    }
}
