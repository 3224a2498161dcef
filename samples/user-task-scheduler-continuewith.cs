using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class ListScheduler : TaskScheduler
{
    public readonly List<Task> Tasks = new List<Task>();
    protected override void QueueTask(Task task) { lock (Tasks) Tasks.Add(task); }
    protected override bool TryExecuteTaskInline(Task task, bool queued) => false;
    protected override IEnumerable<Task> GetScheduledTasks() => Tasks.ToArray();
    public void RunAll()
    {
        while (true)
        {
            Task t = null;
            lock (Tasks) { if (Tasks.Count == 0) return; t = Tasks[0]; Tasks.RemoveAt(0); }
            TryExecuteTask(t);
        }
    }
}

class Program
{
    static void Main()
    {
        var s = new ListScheduler();
        Task<int> a = Task.FromResult(20);
        Task<int> c = a.ContinueWith(t => t.Result + 1, s);
        Console.WriteLine($"queued at once: {s.Tasks.Count}, status {c.Status}");
        Task d = c.ContinueWith(t => Console.WriteLine($"d: c = {t.Result}, current is ours: {TaskScheduler.Current == s}"), s);
        Console.WriteLine($"d is {d.Status}");
        s.RunAll();
        Console.WriteLine($"c = {c.Result}, d is {d.Status}");
        Task e = Task.Delay(1).ContinueWith(_ => Console.WriteLine("default scheduler continuation"), TaskScheduler.Default);
        e.Wait();
    }
}
