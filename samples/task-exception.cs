// Task.Exception: the AggregateException of a faulted task, InnerException, InnerExceptions.Count, and WhenAll with two failures.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Fail(string message, int ms)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException(message);
    }

    static async Task<int> Succeed(int value)
    {
        await Task.Delay(5);
        return value;
    }

    static async Task Main()
    {
        Task<int> t = Fail("first", 10);
        try
        {
            await t;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("await rethrows the original exception: " + e.Message);
        }
        Console.WriteLine("IsFaulted = " + t.IsFaulted + ", IsCanceled = " + t.IsCanceled + ", Status = " + t.Status);
        AggregateException agg = t.Exception;
        Console.WriteLine("Exception.Message = " + agg.Message);
        Console.WriteLine("InnerExceptions.Count = " + agg.InnerExceptions.Count);
        Console.WriteLine("InnerException.Message = " + agg.InnerException.Message);
        Console.WriteLine("inner of inner is null: " + (agg.InnerException.InnerException == null));

        Task<int> ok = Succeed(1);
        Console.WriteLine("successful task has Exception == null: " + ((await ok) == 1 && ok.Exception == null));

        // Two failures: await throws the first one, Task.Exception keeps both.
        Task<int> a = Fail("a", 10);
        Task<int> b = Fail("b", 30);
        Task<int[]> all = Task.WhenAll(a, Succeed(2), b);
        try
        {
            int[] values = await all;
            Console.WriteLine("not reached " + values.Length);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("await WhenAll threw: " + e.Message);
        }
        Console.WriteLine("WhenAll status: " + all.Status);
        Console.WriteLine("WhenAll inner count: " + all.Exception.InnerExceptions.Count);
        Console.WriteLine("WhenAll message: " + all.Exception.Message);

        // A canceled task has no Exception; a fault has one.
        CancellationTokenSource cts = new CancellationTokenSource();
        cts.Cancel();
        Task canceled = Task.Delay(1000, cts.Token);
        Console.WriteLine("canceled: Exception is null: " + (canceled.Exception == null) + ", IsCanceled = " + canceled.IsCanceled);

        // Catching an AggregateException thrown directly, and its default message.
        try
        {
            throw new AggregateException();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("empty aggregate: " + e.Message + " count " + e.InnerExceptions.Count);
        }
    }
}
