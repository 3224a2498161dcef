using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Slow() { await Task.Delay(50); return 1; }
    static async Task Faulty() { await Task.Delay(10); throw new Exception("f"); }
    static async Task Canceled(CancellationToken ct) { await Task.Delay(10); ct.ThrowIfCancellationRequested(); }
    static async Task CanceledOce() { await Task.Yield(); throw new OperationCanceledException(); }
    static async Task CanceledTce() { await Task.Yield(); throw new TaskCanceledException(); }

    static void Show(string name, Task t)
    {
        Console.WriteLine(name + ": " + t.Status + " completed=" + t.IsCompleted + " faulted=" + t.IsFaulted + " canceled=" + t.IsCanceled + " exnull=" + (t.Exception == null));
    }

    static async Task Main()
    {
        Task<int> s = Slow();
        Show("slow-before", s);
        await s;
        Show("slow-after", s);
        Task f = Faulty();
        Show("faulty-before", f);
        try { await f; } catch { }
        Show("faulty-after", f);
        var cts = new CancellationTokenSource();
        cts.Cancel();
        Task c = Canceled(cts.Token);
        try { await c; } catch (OperationCanceledException e) { Console.WriteLine("caught OCE: " + e.Message); }
        Show("canceled", c);
        Task o = CanceledOce();
        try { await o; } catch (OperationCanceledException e) { Console.WriteLine("caught: " + e.Message); }
        Show("oce", o);
        Task tc = CanceledTce();
        try { await tc; } catch (TaskCanceledException e) { Console.WriteLine("caught tce: " + e.Message); }
        Show("tce", tc);
        Show("completed", Task.CompletedTask);
        Show("fromresult", Task.FromResult("x"));
        Show("delay0", Task.Delay(0));
        TaskStatus st = s.Status;
        Console.WriteLine("status var: " + st);
        Console.WriteLine($"interp: {f.Status} {c.Status}");
        Console.WriteLine(st == TaskStatus.RanToCompletion);
        Console.WriteLine(c.Status == TaskStatus.Canceled);
        Console.WriteLine(f.Status != TaskStatus.Faulted);
        try { c.Wait(); } catch (AggregateException e) { Console.WriteLine("wait canceled: " + e.InnerException.Message); }
        try { int x = 0; o.GetAwaiter().GetResult(); } catch (OperationCanceledException e) { Console.WriteLine("getresult canceled: " + e.Message); }
    }
}
