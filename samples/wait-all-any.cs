// Task.WaitAll and Task.WaitAny: blocking on several tasks at once, their timeouts, and the AggregateException WaitAll throws with every failure.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> ValueAfterAsync(int ms, int value)
    {
        await Task.Delay(ms);
        return value;
    }

    static async Task FailAfterAsync(int ms, string message)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException(message);
    }

    static async Task CancelAfterAsync(int ms)
    {
        await Task.Delay(ms);
        throw new OperationCanceledException();
    }

    static void Show(AggregateException e)
    {
        Console.WriteLine("  AggregateException with " + e.InnerExceptions.Count + " inner exception(s)");
        foreach (Exception inner in e.InnerExceptions)
        {
            Console.WriteLine("  - " + inner.GetType().Name + ": " + inner.Message);
        }
    }

    static void Main()
    {
        Task<int> a = ValueAfterAsync(100, 1);
        Task<int> b = ValueAfterAsync(300, 2);
        Task.WaitAll(a, b);
        Console.WriteLine("WaitAll: both complete: " + (a.IsCompleted && b.IsCompleted) + ", sum " + (a.Result + b.Result));

        Task[] slow = { ValueAfterAsync(100, 3), ValueAfterAsync(600, 4) };
        Console.WriteLine("WaitAll with 300 ms: " + Task.WaitAll(slow, 300));
        Console.WriteLine("  first done: " + slow[0].IsCompleted + ", second done: " + slow[1].IsCompleted);
        Console.WriteLine("WaitAll with a TimeSpan of 1 s: " + Task.WaitAll(slow, TimeSpan.FromSeconds(1)));
        Console.WriteLine("WaitAll of nothing: " + Task.WaitAll(new Task[0], 0));

        // Every failure, in the order of the array, a canceled task's as a TaskCanceledException.
        Task[] mixed = { FailAfterAsync(200, "first"), ValueAfterAsync(100, 5), CancelAfterAsync(50), FailAfterAsync(100, "second") };
        try
        {
            Task.WaitAll(mixed);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("WaitAll threw after every task finished: " + (mixed[0].IsCompleted && mixed[3].IsCompleted));
            Show(e);
        }

        // A timeout hides the failures: WaitAll only throws when everything completed.
        Task failing = FailAfterAsync(100, "late");
        Task pending = ValueAfterAsync(900, 6);
        Console.WriteLine("WaitAll with a failure and a timeout: " + Task.WaitAll(new Task[] { failing, pending }, 300));

        Task<int> quick = ValueAfterAsync(100, 7);
        Task<int> later = ValueAfterAsync(400, 8);
        int first = Task.WaitAny(later, quick);
        Console.WriteLine("WaitAny: index " + first + " finished first");
        Console.WriteLine("  the other is still running: " + !later.IsCompleted);
        Console.WriteLine("WaitAny with a completed task first in the array: " + Task.WaitAny(quick, later));
        Console.WriteLine("WaitAny times out: " + Task.WaitAny(new Task[] { ValueAfterAsync(500, 9) }, 100));
        Console.WriteLine("WaitAny with a TimeSpan: " + Task.WaitAny(new Task[] { later, ValueAfterAsync(900, 10) }, TimeSpan.FromMilliseconds(600)));
        Console.WriteLine("WaitAny of nothing: " + Task.WaitAny(new Task[0], 0));

        // WaitAny does not throw a failed task's exception.
        Task boom = FailAfterAsync(50, "not thrown by WaitAny");
        Console.WriteLine("WaitAny of a failing task: " + Task.WaitAny(boom) + ", faulted: " + boom.IsFaulted);

        try
        {
            Task.WaitAll(new Task[] { a, null });
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Task.WaitAny(new Task[] { a }, -2);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        Console.WriteLine("done");
    }
}
