using System;
using System.Threading.Tasks;

static class Program
{
    static async Task FailAsync(string m)
    {
        await Task.Delay(10);
        throw new NotImplementedException(m);
    }

    static async Task<int> FailSync(string m)
    {
        throw new DivideByZeroException();
    }

    static async Task Main()
    {
        Task t = FailAsync("x");
        try { await t; }
        catch (NotImplementedException e) { Console.WriteLine("await: NIE " + e.Message); }
        catch (AggregateException) { Console.WriteLine("await: aggregate (wrong)"); }

        try { t.Wait(); }
        catch (NotImplementedException) { Console.WriteLine("Wait: NIE (wrong)"); }
        catch (AggregateException e) { Console.WriteLine("Wait: aggregate, " + e.InnerExceptions.Count + " inner: " + e.InnerException.Message); }

        Task<int> u = FailSync("y");
        Console.WriteLine("u status right after call: " + u.Status + " faulted " + u.IsFaulted + " completed " + u.IsCompleted);
        try { int r = u.Result; }
        catch (AggregateException e) { Console.WriteLine("Result: aggregate, inner " + e.InnerException.Message); }
        try { await u; }
        catch (DivideByZeroException e) { Console.WriteLine("await: DBZ " + e.Message); }

        AggregateException ae = t.Exception;
        Console.WriteLine("t.Exception is null? " + (ae == null));
        Console.WriteLine("inner count " + ae.InnerExceptions.Count);
        Console.WriteLine("msg " + ae.InnerExceptions[0].Message);
        Console.WriteLine("ok task exception null? " + (Task.CompletedTask.Exception == null));

        Task both = Task.WhenAll(FailAsync("p"), FailAsync("q"));
        try { await both; }
        catch (Exception e) { Console.WriteLine("await WhenAll: " + e.Message); }
        try { both.Wait(); }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait WhenAll: " + e.InnerExceptions.Count);
            foreach (Exception inner in e.InnerExceptions) Console.WriteLine("  - " + inner.Message);
        }
        try { both.GetAwaiter().GetResult(); }
        catch (Exception e) { Console.WriteLine("GetResult WhenAll: " + e.Message); }
    }
}
