// C# 12: CancellationToken and CancellationTokenSource (Cancel, CancelAfter, CreateLinkedTokenSource, Register callbacks, ThrowIfCancellationRequested, IsCancellationRequested, CanBeCanceled), tokens passed to Task.Delay and Task.Run, a pre-canceled token, OperationCanceledException vs TaskCanceledException, CancellationToken.None, stacked using statements
// mcs: compiles and runs
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<int> ProcessAsync(int items, CancellationToken token)
    {
        int done = 0;
        for (int i = 0; i < items; i++)
        {
            token.ThrowIfCancellationRequested();
            await Task.Delay(2, token);
            done++;
        }
        return done;
    }

    static async Task Main()
    {
        Console.WriteLine(await ProcessAsync(3, CancellationToken.None));

        using (var cts = new CancellationTokenSource())
        {
            cts.Token.Register(() => Console.WriteLine("callback: cancellation requested"));
            Task<int> work = ProcessAsync(1000, cts.Token);
            await Task.Delay(20);
            cts.Cancel();
            try
            {
                await work;
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine($"work canceled: {work.IsCanceled}");
            }
        }

        using (var timeout = new CancellationTokenSource())
        using (var user = new CancellationTokenSource())
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, user.Token))
        {
            timeout.CancelAfter(15);
            try
            {
                await Task.Run(async () =>
                {
                    while (true)
                    {
                        linked.Token.ThrowIfCancellationRequested();
                        await Task.Delay(1);
                    }
                }, linked.Token);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine($"linked canceled: timeout={timeout.IsCancellationRequested}, user={user.IsCancellationRequested}");
            }
        }

        var already = new CancellationToken(true);
        try
        {
            await Task.Delay(1000, already);
        }
        catch (TaskCanceledException)
        {
            Console.WriteLine("a delay with a canceled token fails at once");
        }
        Console.WriteLine(CancellationToken.None.CanBeCanceled);
    }
}
