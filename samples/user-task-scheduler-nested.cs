using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class CountingScheduler : TaskScheduler
{
    public int Queued;
    protected override void QueueTask(Task task) { Queued++; TryExecuteTask(task); }
    protected override bool TryExecuteTaskInline(Task task, bool queued) => TryExecuteTask(task);
    protected override IEnumerable<Task> GetScheduledTasks() => new Task[0];
}

class Program
{
    static void Main()
    {
        var s = new CountingScheduler();
        Task.Factory.StartNew(() =>
        {
            // No scheduler given: TaskScheduler.Current's, ours.
            Task inner = Task.Factory.StartNew(() => Console.WriteLine($"inner current is ours: {TaskScheduler.Current == s}"));
            inner.Wait();
            Task next = inner.ContinueWith(_ => Console.WriteLine($"continuation current is ours: {TaskScheduler.Current == s}"));
            next.Wait();
            // Task.Run always uses the pool.
            Task.Run(() => Console.WriteLine($"Task.Run current is ours: {TaskScheduler.Current == s}")).Wait();
        }, CancellationToken.None, TaskCreationOptions.None, s).Wait();
        Console.WriteLine($"queued {s.Queued}");
        Task.Factory.StartNew(() =>
        {
            Console.WriteLine($"hidden: current is default {TaskScheduler.Current == TaskScheduler.Default}");
            Task.Factory.StartNew(() => { }).Wait();
        }, CancellationToken.None, TaskCreationOptions.HideScheduler, s).Wait();
        Console.WriteLine($"queued {s.Queued}");
    }
}
