using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

// Cancellation: the token given to WithCancellation reaches the [EnumeratorCancellation]
// parameter (combined with the argument when both are given), and the iterator observes it with
// ThrowIfCancellationRequested or an awaited Task.Delay(.., token).
class Program
{
    static async IAsyncEnumerable<int> Ticks([EnumeratorCancellation] CancellationToken token = default)
    {
        for (int i = 0; ; i++)
        {
            token.ThrowIfCancellationRequested();
            await Task.Delay(10, token);
            yield return i;
        }
    }

    static async Task Main()
    {
        var cts = new CancellationTokenSource();
        try
        {
            await foreach (var t in Ticks().WithCancellation(cts.Token))
            {
                Console.WriteLine($"tick {t}");
                if (t == 2) cts.Cancel();
            }
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine($"canceled: {e.GetType().Name}");
        }

        var c = new CancellationTokenSource();
        try
        {
            await foreach (var t in Ticks().WithCancellation(c.Token))
            {
                Console.WriteLine($"tick {t}");
                if (t == 0) c.CancelAfter(5);
            }
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine($"canceled during the delay: {e.GetType().Name}");
        }

        var a = new CancellationTokenSource();
        var b = new CancellationTokenSource();
        try
        {
            await foreach (var t in Ticks(a.Token).WithCancellation(b.Token).ConfigureAwait(false))
            {
                Console.WriteLine($"tick {t}");
                if (t == 1) a.Cancel();
            }
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine($"canceled by the argument: {e.GetType().Name}");
        }
    }
}
