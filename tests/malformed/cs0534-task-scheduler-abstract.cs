// expect: CS0534
// A TaskScheduler of the program that overrides QueueTask only: TryExecuteTaskInline and GetScheduledTasks are abstract (Roslyn reports both at the class name; unawait keeps one diagnostic per place and code).
using System;
using System.Threading.Tasks;

class Partial : TaskScheduler
{
    protected override void QueueTask(Task task)
    {
        TryExecuteTask(task);
    }
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(new Partial() != null);
    }
}
