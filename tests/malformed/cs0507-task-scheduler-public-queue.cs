// expect: CS0507
// QueueTask is protected internal in another assembly: its override must be protected, not public.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Inline : TaskScheduler
{
    public override void QueueTask(Task task) { TryExecuteTask(task); }
    protected override bool TryExecuteTaskInline(Task task, bool queued) { return TryExecuteTask(task); }
    protected override IEnumerable<Task> GetScheduledTasks() { return new List<Task>(); }
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(new Inline() != null);
    }
}
