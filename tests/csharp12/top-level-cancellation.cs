// C# 12: top-level statements with await, a using declaration of a CancellationTokenSource, Task.Run of an async method observing the token, OperationCanceledException, a static class declared after the statements
using System;
using System.Threading;
using System.Threading.Tasks;

using var cts = new CancellationTokenSource();
Task<int> worker = Task.Run(() => Poller.PollAsync(cts.Token));
await Task.Delay(30);
cts.Cancel();
try
{
    int polls = await worker;
    Console.WriteLine($"worker stopped after polling: {polls > 0}");
}
catch (OperationCanceledException)
{
    Console.WriteLine("worker observed cancellation");
}

static class Poller
{
    public static async Task<int> PollAsync(CancellationToken token)
    {
        int polls = 0;
        while (!token.IsCancellationRequested)
        {
            polls++;
            try
            {
                await Task.Delay(5, token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return polls;
    }
}
