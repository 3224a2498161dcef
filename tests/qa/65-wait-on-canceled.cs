using System;
using System.Threading;
using System.Threading.Tasks;

// .Wait() / .Result on a Canceled task throw AggregateException holding a NEW TaskCanceledException
// ("A task was canceled."), whatever OperationCanceledException canceled the task.
// await / GetAwaiter().GetResult() rethrow the original OperationCanceledException.
static class Program
{
    static async Task<int> CancelsItself(CancellationToken ct)
    {
        await Task.Delay(10);
        ct.ThrowIfCancellationRequested();
        return 1;
    }

    static async Task ThrowsOce()
    {
        await Task.Yield();
        throw new OperationCanceledException("custom oce message");
    }

    static void Main()
    {
        var cts = new CancellationTokenSource();
        cts.Cancel();
        Task<int> t = CancelsItself(cts.Token);
        try { t.Wait(); }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait: " + e.Message);
            Console.WriteLine("  inner: " + e.InnerException.Message);
        }
        try { Console.WriteLine(t.Result); }
        catch (AggregateException e) { Console.WriteLine("Result: " + e.InnerException.Message); }
        try { t.GetAwaiter().GetResult(); }
        catch (OperationCanceledException e) { Console.WriteLine("GetResult: " + e.Message); }

        Task o = ThrowsOce();
        try { o.Wait(); }
        catch (AggregateException e) { Console.WriteLine("Wait custom: " + e.InnerException.Message); }
        try { o.GetAwaiter().GetResult(); }
        catch (OperationCanceledException e) { Console.WriteLine("GetResult custom: " + e.Message); }
        Console.WriteLine("status " + o.Status + ", Exception null: " + (o.Exception == null));
    }
}
