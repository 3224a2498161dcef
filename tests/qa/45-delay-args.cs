using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task Main()
    {
        try
        {
            Task t = Task.Delay(-2);
            Console.WriteLine("no throw");
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("Delay(-2): " + e.Message);
        }
        Task inf = Task.Delay(-1);
        Console.WriteLine("Delay(-1) completed: " + inf.IsCompleted);
        var cts = new CancellationTokenSource();
        Task infc = Task.Delay(-1, cts.Token);
        cts.CancelAfter(30);
        try { await infc; } catch (TaskCanceledException e) { Console.WriteLine("infinite delay canceled: " + e.Message); }
        Console.WriteLine(infc.Status);
        var cts2 = new CancellationTokenSource();
        cts2.CancelAfter(0);
        await Task.Delay(20);
        Console.WriteLine("CancelAfter(0) requested: " + cts2.IsCancellationRequested);
        try
        {
            cts2.CancelAfter(-5);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("CancelAfter(-5): " + e.Message);
        }
        var cts3 = new CancellationTokenSource();
        cts3.CancelAfter(200);
        cts3.CancelAfter(40);
        Task d = Task.Delay(1000, cts3.Token);
        try { await d; } catch (OperationCanceledException) { Console.WriteLine("rescheduled CancelAfter fired"); }
        var cts4 = new CancellationTokenSource();
        cts4.CancelAfter(30);
        cts4.CancelAfter(-1);
        await Task.Delay(80);
        Console.WriteLine("CancelAfter(-1) disarmed: " + !cts4.IsCancellationRequested);
    }
}
