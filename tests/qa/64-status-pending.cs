using System;
using System.Threading;
using System.Threading.Tasks;
static class Program
{
    static async Task<int> W() { await Task.Delay(30); return 1; }
    static async Task Main()
    {
        Task d = Task.Delay(50);
        Task<int> w = W();
        Task all = Task.WhenAll(d, w);
        Task<Task> any = Task.WhenAny(d, w);
        var cts = new CancellationTokenSource();
        Task dc = Task.Delay(50, cts.Token);
        Console.WriteLine(d.Status + " " + w.Status + " " + all.Status + " " + any.Status + " " + dc.Status);
        cts.Cancel();
        Console.WriteLine(dc.Status);
        await all;
        Console.WriteLine(d.Status + " " + w.Status + " " + all.Status + " " + any.Status + " " + (await any == w));
        Task<int[]> e = Task.WhenAll(new Task<int>[0]);
        Console.WriteLine(e.Status + " " + e.Result.Length);
        Console.WriteLine(Task.Delay(0).Status + " " + Task.FromResult(1).Status);
    }
}
