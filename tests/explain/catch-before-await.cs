// Trap A and catch clauses: a catch that swallows an exception thrown before the first await
// completes the call without suspending, so a method whose try can throw first is not said to
// always suspend (Main calls it with a canceled token: it returns -1 at once). A try that
// starts with an await of a task that cannot throw before it suspends still always suspends.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> StepAsync(CancellationToken token)
    {
        try
        {
            token.ThrowIfCancellationRequested();
            await Task.Delay(10);
            return 1;
        }
        catch (OperationCanceledException)
        {
            return -1;
        }
    }

    static async Task<int> AwaitFirstAsync(int n)
    {
        try
        {
            await Task.Delay(5);
            return n;
        }
        catch (Exception)
        {
            return -1;
        }
    }

    static async Task Main()
    {
        var cts = new CancellationTokenSource();
        Console.WriteLine(await StepAsync(cts.Token));
        cts.Cancel();
        Console.WriteLine(await StepAsync(cts.Token));
        Console.WriteLine(await AwaitFirstAsync(7));
    }
}
