using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// Keeps the tasks it is given in a list; Main runs them, in order, when it drains it.
class QueueScheduler : TaskScheduler
{
    readonly List<Task> tasks = new List<Task>();
    public int Queued;
    public int InlineAsked;

    protected override void QueueTask(Task task)
    {
        lock (tasks)
        {
            Queued++;
            tasks.Add(task);
        }
    }

    // Inline only a task that a thread waits for (it was queued): taken out of the list first.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
    {
        InlineAsked++;
        if (!taskWasPreviouslyQueued) return false;
        lock (tasks)
        {
            if (!tasks.Remove(task)) return false;
        }
        return TryExecuteTask(task);
    }

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (tasks) return tasks.ToArray();
    }

    public int Drain()
    {
        int ran = 0;
        while (true)
        {
            Task next = null;
            lock (tasks)
            {
                if (tasks.Count == 0) return ran;
                next = tasks[0];
                tasks.RemoveAt(0);
            }
            if (TryExecuteTask(next)) ran++;
        }
    }
}

class Program
{
    static void Main()
    {
        var s = new QueueScheduler();
        var order = new List<string>();
        Task a = Task.Factory.StartNew(() => order.Add("a"), CancellationToken.None, TaskCreationOptions.None, s);
        Task b = Task.Factory.StartNew(() => order.Add("b"), CancellationToken.None, TaskCreationOptions.None, s);
        Task<int> c = Task.Factory.StartNew(() => { order.Add("c"); return order.Count; }, CancellationToken.None, TaskCreationOptions.None, s);
        Console.WriteLine($"before the drain: {order.Count} ran, a is {a.Status}");
        // Waiting for a queued task asks the scheduler to run it inline.
        Task w = Task.Factory.StartNew(() => order.Add("w"), CancellationToken.None, TaskCreationOptions.None, s);
        w.Wait();
        Console.WriteLine($"after Wait: {string.Join(" ", order)}");
        Console.WriteLine($"drained {s.Drain()}");
        Console.WriteLine($"order: {string.Join(" ", order)}; c saw {c.Result} entries");
        Console.WriteLine($"a is {a.Status}; running it again: {s.Drain()}");
        Console.WriteLine($"queued {s.Queued}, inline asked {s.InlineAsked}");
    }
}
