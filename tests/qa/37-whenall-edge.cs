using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Ok(int ms, int v) { await Task.Delay(ms); return v; }
    static async Task<int> Bad(int ms, string m) { await Task.Delay(ms); throw new ArgumentException(m); }
    static async Task<int> Cancel(int ms) { await Task.Delay(ms); throw new OperationCanceledException(); }

    static async Task Main()
    {
        // a canceled task plus a faulted one: WhenAll is Faulted (faults win)
        Task<int[]> mixed = Task.WhenAll(Cancel(10), Bad(20, "x"), Ok(5, 1));
        try { await mixed; } catch (Exception e) { Console.WriteLine("mixed threw: " + e.Message); }
        Console.WriteLine("mixed status: " + mixed.Status + " inner count " + mixed.Exception.InnerExceptions.Count);

        // only canceled: WhenAll is Canceled
        Task<int[]> onlyCanceled = Task.WhenAll(Cancel(10), Ok(5, 1));
        try { await onlyCanceled; } catch (OperationCanceledException e) { Console.WriteLine("canceled threw: " + e.Message); }
        Console.WriteLine("onlyCanceled status: " + onlyCanceled.Status);

        // WhenAny with a canceled winner returns normally
        Task<int> c = Cancel(5);
        Task<int> winner = await Task.WhenAny(c, Ok(100, 2));
        Console.WriteLine("winner canceled: " + winner.IsCanceled + " status " + winner.Status);

        // WhenAny with no tasks throws ArgumentException synchronously
        try
        {
            Task<Task<int>> none = Task.WhenAny(new List<Task<int>>());
            Console.WriteLine("no throw, status " + none.Status);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("WhenAny empty: " + e.Message);
        }

        // WhenAll over the same task twice
        Task<int> same = Ok(10, 3);
        int[] twice = await Task.WhenAll(same, same);
        Console.WriteLine("twice: " + twice[0] + twice[1]);

        // WhenAll where everything is already complete
        Task<int[]> done = Task.WhenAll(Task.FromResult(1), Task.FromResult(2));
        Console.WriteLine("done immediately: " + done.IsCompleted + " " + done.Result.Length);

        // failures observed through Result on the combined task
        Task<int[]> f = Task.WhenAll(Bad(5, "p"), Bad(1, "q"));
        try { var r = f.Result; }
        catch (AggregateException e) { Console.WriteLine("Result agg count " + e.InnerExceptions.Count + " first " + e.InnerExceptions[0].Message); }
        Task nullList = null;
        try
        {
            await Task.WhenAll(Task.Delay(1), nullList);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("null task: " + e.Message);
        }
    }
}
