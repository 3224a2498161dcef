// task.Wait with a timeout (int and TimeSpan) and with a CancellationToken: true/false for the timeout, OperationCanceledException for the token, AggregateException for a failed task.
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

    static async Task FailAfterAsync(int ms)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException("failed after " + ms + " ms");
    }

    static async Task CanceledAfterAsync(int ms, CancellationToken token)
    {
        await Task.Delay(ms, token);
    }

    static void Main()
    {
        Task<int> t = ValueAfterAsync(300, 42);
        Console.WriteLine("Wait(0) on a running task: " + t.Wait(0));
        Console.WriteLine("Wait(100): " + t.Wait(100));
        Console.WriteLine("Wait(TimeSpan.FromMilliseconds(50)): " + t.Wait(TimeSpan.FromMilliseconds(50)));
        Console.WriteLine("Wait(Timeout.Infinite): " + t.Wait(Timeout.Infinite) + ", result " + t.Result);
        Console.WriteLine("Wait(0) on a completed task: " + t.Wait(0));
        Console.WriteLine("Wait(Timeout.InfiniteTimeSpan): " + t.Wait(Timeout.InfiniteTimeSpan));

        Task failing = FailAfterAsync(100);
        Console.WriteLine("Wait(10) on a task that fails later: " + failing.Wait(10));
        try
        {
            failing.Wait(1000);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait(1000): " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
        }

        // The token ends the wait, not the task.
        CancellationTokenSource cts = new CancellationTokenSource();
        cts.CancelAfter(100);
        Task<int> slow = ValueAfterAsync(400, 7);
        try
        {
            slow.Wait(cts.Token);
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("Wait(token): " + e.GetType().Name + ": " + e.Message + "; task still running: " + !slow.IsCompleted);
        }
        try
        {
            slow.Wait(1000, cts.Token);
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("Wait(1000, canceled token): " + e.GetType().Name);
        }
        Console.WriteLine("Wait(token) on a completed task ignores the token: " + t.Wait(0, cts.Token));
        slow.Wait(CancellationToken.None);
        Console.WriteLine("Wait(CancellationToken.None): result " + slow.Result);

        CancellationTokenSource fresh = new CancellationTokenSource();
        Console.WriteLine("Wait(200, token) that times out: " + ValueAfterAsync(500, 1).Wait(200, fresh.Token));

        // A task canceled by the same token as the wait: the wait's OperationCanceledException.
        CancellationTokenSource shared = new CancellationTokenSource();
        Task canceled = CanceledAfterAsync(1000, shared.Token);
        shared.CancelAfter(100);
        try
        {
            canceled.Wait(shared.Token);
        }
        catch (OperationCanceledException e)
        {
            // The wait wakes on the token; the task's own cancellation may still be running on
            // the timer's thread in .NET, so its status is read after the next wait.
            Console.WriteLine("canceled task, canceled token: " + e.GetType().Name);
        }
        // The same canceled task waited without the token: an AggregateException of a TaskCanceledException.
        try
        {
            canceled.Wait(100);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("canceled task, Wait(100): " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
        }
        Console.WriteLine("task status " + canceled.Status);
        try
        {
            t.Wait(-2);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + " for -2");
        }
        Console.WriteLine("done");
    }
}
