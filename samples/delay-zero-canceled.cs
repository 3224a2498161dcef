// Task.Delay(0) is a completed task, but Task.Delay(0, token) with a token that is already
// canceled is a canceled one: awaiting it throws TaskCanceledException, although the await
// never suspends (found by crates/difftest: an await known to complete is not known to succeed).
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> StepAsync(CancellationToken token)
    {
        await Task.Delay(0);
        Console.WriteLine("Delay(0) completed");
        await Task.Delay(0, token);
        Console.WriteLine("Delay(0, token) completed");
        return 1;
    }

    static async Task Main()
    {
        var cts = new CancellationTokenSource();
        Console.WriteLine(await StepAsync(cts.Token));
        cts.Cancel();
        try
        {
            Console.WriteLine(await StepAsync(cts.Token));
        }
        catch (TaskCanceledException e)
        {
            Console.WriteLine("canceled: " + e.Message);
        }
    }
}
