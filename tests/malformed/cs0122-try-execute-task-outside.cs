// expect: CS0122
// TryExecuteTask is a protected member of TaskScheduler: Main, outside any scheduler class, cannot call it.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Inline : TaskScheduler
{
    protected override void QueueTask(Task task) { TryExecuteTask(task); }
    protected override bool TryExecuteTaskInline(Task task, bool queued) { return TryExecuteTask(task); }
    protected override IEnumerable<Task> GetScheduledTasks() { return new List<Task>(); }
}

static class Program
{
    static void Main()
    {
        var s = new Inline();
        var t = new Task(() => Console.WriteLine("run"));
        Console.WriteLine(s.TryExecuteTask(t));
    }
}
