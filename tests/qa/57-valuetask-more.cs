using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static ValueTask<int> cached = new ValueTask<int>(11);

    static async ValueTask<int> Fails() { await Task.Delay(5); throw new TimeoutException("vt failed"); }
    static async ValueTask<int> FailsSync() { throw new NotImplementedException("sync vt failed"); }
    static async Task<int> TaskFails() { await Task.Yield(); throw new ArgumentException("task failed"); }
    static async ValueTask<string> Later(string s) { await Task.Delay(5); return s + s; }

    static async Task Main()
    {
        Console.WriteLine(await cached + await cached);
        ValueTask<int>[] vts = { new ValueTask<int>(1), new ValueTask<int>(2) };
        int sum = 0;
        foreach (var vt in vts) sum += await vt;
        Console.WriteLine("sum " + sum);
        var tasks = new List<Task<string>> { Later("a").AsTask(), Later("b").AsTask() };
        string[] both = await Task.WhenAll(tasks);
        Console.WriteLine(string.Join(",", both));

        ValueTask<int> f = Fails();
        try { await f; } catch (TimeoutException e) { Console.WriteLine("await: " + e.Message); }

        ValueTask<int> fs = FailsSync();
        Console.WriteLine("sync-failed completed: " + fs.IsCompleted);
        try { int r = fs.Result; Console.WriteLine("no " + r); }
        catch (NotImplementedException e) { Console.WriteLine("Result unwrapped: " + e.Message); }
        catch (AggregateException e) { Console.WriteLine("Result aggregate (wrong for ValueTask): " + e.InnerException.Message); }

        Task<int> tf = TaskFails();
        try { await tf; } catch { }
        ValueTask<int> wrapped = new ValueTask<int>(tf);
        try { int r = wrapped.Result; Console.WriteLine("no " + r); }
        catch (ArgumentException e) { Console.WriteLine("wrapped Result unwrapped: " + e.Message); }
        catch (AggregateException e) { Console.WriteLine("wrapped Result aggregate (wrong): " + e.InnerException.Message); }

        ValueTask<string> pending = Later("x");
        Console.WriteLine("pending completed " + pending.IsCompleted);
        Console.WriteLine("blocking Result: " + pending.Result);

        Task<int> asTask = FailsSync().AsTask();
        Console.WriteLine("AsTask of failed: " + asTask.Status + " " + asTask.Exception.InnerException.Message);
        ValueTask<int> fromTask = new ValueTask<int>(Task.FromResult(5));
        Console.WriteLine("fromTask " + fromTask.IsCompleted + " " + await fromTask.ConfigureAwait(false));
    }
}
