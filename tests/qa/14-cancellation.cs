using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Loop(CancellationToken ct)
    {
        int i = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Delay(20);
            i++;
            if (i > 1000) return i;
        }
    }

    static async Task DelayWithToken(int ms, CancellationToken ct)
    {
        Console.WriteLine("delay start");
        await Task.Delay(ms, ct);
        Console.WriteLine("delay end (not canceled)");
    }

    static async Task Main()
    {
        var cts = new CancellationTokenSource();
        Console.WriteLine("requested " + cts.IsCancellationRequested + " " + cts.Token.IsCancellationRequested);
        CancellationToken tok = cts.Token;
        cts.CancelAfter(110);
        Task<int> loop = Loop(tok);
        try
        {
            Console.WriteLine("loop returned " + await loop);
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("loop canceled: " + e.Message);
        }
        Console.WriteLine("loop status " + loop.Status + " tok " + tok.IsCancellationRequested);

        var cts2 = new CancellationTokenSource();
        Task d = DelayWithToken(5000, cts2.Token);
        await Task.Delay(50);
        Console.WriteLine("cancelling");
        cts2.Cancel();
        try { await d; }
        catch (TaskCanceledException e) { Console.WriteLine("TCE: " + e.Message); }
        Console.WriteLine("d status " + d.Status);

        Task pre = Task.Delay(100, cts2.Token);
        Console.WriteLine("pre-canceled delay: " + pre.Status + " " + pre.IsCanceled);
        try { await pre; } catch (OperationCanceledException e) { Console.WriteLine("pre: " + e.Message); }

        Task ok = Task.Delay(30, CancellationToken.None);
        await ok;
        Console.WriteLine("none: " + ok.Status);

        var cts3 = new CancellationTokenSource();
        Task fast = Task.Delay(20, cts3.Token);
        await fast;
        cts3.Cancel();
        Console.WriteLine("cancel after done: " + fast.Status);
        cts3.Cancel();
        Console.WriteLine("double cancel ok " + cts3.IsCancellationRequested);
        try { cts3.Token.ThrowIfCancellationRequested(); }
        catch (OperationCanceledException e) { Console.WriteLine("throwif: " + e.Message); }
        CancellationToken none = CancellationToken.None;
        none.ThrowIfCancellationRequested();
        Console.WriteLine("none ok");
    }
}
