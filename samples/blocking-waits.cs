// Blocking on tasks from a synchronous Main: .Result, .Wait(), GetAwaiter().GetResult() on completed and incomplete tasks.
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<int> SlowAsync(int v)
    {
        await Task.Delay(100);
        return v * 10;
    }

    static async Task<int> FailAsync()
    {
        await Task.Delay(10);
        throw new InvalidOperationException("bad things");
    }

    static void Main()
    {
        // Already complete: nothing blocks.
        Task<int> done = Task.FromResult(7);
        Console.WriteLine("completed .Result: " + done.Result);
        done.Wait();
        Console.WriteLine("completed GetResult: " + done.GetAwaiter().GetResult());
        Task.CompletedTask.Wait();

        // Incomplete: the main thread blocks; the continuation runs on a pool thread (no SynchronizationContext).
        Task<int> slow = SlowAsync(1);
        Console.WriteLine("before blocking: IsCompleted = " + slow.IsCompleted);
        Console.WriteLine("incomplete .Result: " + slow.Result);
        Task<int> slow2 = SlowAsync(2);
        slow2.Wait();
        Console.WriteLine("after Wait: " + slow2.Status + " " + slow2.Result);
        Console.WriteLine("incomplete GetResult: " + SlowAsync(3).GetAwaiter().GetResult());
        Task.Delay(20).Wait();
        Task.Delay(20).GetAwaiter().GetResult();
        Console.WriteLine("waited for two delays");

        // Failures: .Wait() and .Result wrap in AggregateException, GetResult() throws the original.
        try
        {
            FailAsync().Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait: AggregateException with " + e.InnerExceptions.Count + " inner: " + e.InnerException.Message);
        }
        try
        {
            Console.WriteLine(FailAsync().Result);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Result: AggregateException, inner: " + e.InnerException.Message);
        }
        try
        {
            FailAsync().GetAwaiter().GetResult();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("GetResult: InvalidOperationException: " + e.Message);
        }

        // Canceled: Wait wraps a TaskCanceledException, GetResult throws it directly.
        CancellationTokenSource cts = new CancellationTokenSource();
        cts.CancelAfter(10);
        Task canceled = Task.Delay(2000, cts.Token);
        try
        {
            canceled.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait on canceled: " + e.InnerException.Message);
        }
        try
        {
            canceled.GetAwaiter().GetResult();
        }
        catch (TaskCanceledException e)
        {
            Console.WriteLine("GetResult on canceled: " + e.Message + " (" + canceled.Status + ")");
        }
    }
}
