// Cancellation: CancellationTokenSource, Cancel, CancelAfter, ThrowIfCancellationRequested, Task.Delay with a token, Canceled status.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static CancellationTokenSource source = new CancellationTokenSource();

    // Cooperative cancellation: the method checks the token itself; here the cancel happens at a known step.
    static async Task<int> CountAsync(int limit, CancellationToken token)
    {
        int done = 0;
        for (int i = 0; i < limit; i++)
        {
            if (i == 3)
            {
                source.Cancel();
            }
            token.ThrowIfCancellationRequested();
            await Task.Delay(5);
            done++;
            Console.WriteLine("  step " + done);
        }
        return done;
    }

    static async Task Main()
    {
        CancellationToken none = CancellationToken.None;
        Console.WriteLine("None can be canceled: " + none.IsCancellationRequested);
        await Task.Delay(10, none);

        Task<int> counting = CountAsync(10, source.Token);
        try
        {
            Console.WriteLine("counted " + await counting);
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("CountAsync: " + e.Message);
        }
        Console.WriteLine("status = " + counting.Status + ", IsCanceled = " + counting.IsCanceled + ", IsFaulted = " + counting.IsFaulted);
        Console.WriteLine("source canceled: " + source.IsCancellationRequested + ", token: " + source.Token.IsCancellationRequested);

        // A timer cancels a long delay: the delay's task ends up Canceled, awaiting it throws TaskCanceledException.
        CancellationTokenSource timeout = new CancellationTokenSource();
        timeout.CancelAfter(100);
        Task delay = Task.Delay(5000, timeout.Token);
        Console.WriteLine("delay status before: " + delay.Status + ", requested: " + timeout.IsCancellationRequested);
        try
        {
            await delay;
            Console.WriteLine("not reached");
        }
        catch (TaskCanceledException e)
        {
            Console.WriteLine("TaskCanceledException: " + e.Message);
        }
        Console.WriteLine("delay status after: " + delay.Status + ", requested: " + timeout.IsCancellationRequested);

        // Already canceled before the call: the delay is canceled at once.
        CancellationTokenSource early = new CancellationTokenSource();
        early.Cancel();
        Task quick = Task.Delay(5000, early.Token);
        Console.WriteLine("pre-canceled delay: " + quick.Status + " " + quick.IsCanceled + " " + quick.IsCompleted);
        try
        {
            await quick;
        }
        catch (OperationCanceledException e)
        {
            // TaskCanceledException derives from OperationCanceledException.
            Console.WriteLine("caught as OperationCanceledException: " + e.Message);
        }

        try
        {
            early.Token.ThrowIfCancellationRequested();
        }
        catch (TaskCanceledException)
        {
            Console.WriteLine("not reached");
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("ThrowIfCancellationRequested: " + e.Message);
        }
    }
}
