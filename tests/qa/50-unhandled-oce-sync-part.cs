using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task Check(CancellationToken ct)
    {
        Console.WriteLine("checking");
        ct.ThrowIfCancellationRequested();
        await Task.Yield();
    }

    static async Task<int> Main()
    {
        var cts = new CancellationTokenSource();
        cts.Cancel();
        Task t = Check(cts.Token);
        Console.WriteLine("Check returned a task with status " + t.Status);
        await t;
        return 5;
    }
}
