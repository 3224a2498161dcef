using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task Source()
    {
        await Task.Delay(50);
        Console.WriteLine("source done");
    }

    static async Task Waiter(string name, Task t)
    {
        await t;
        Console.WriteLine(name + " resumed");
    }

    static async Task CancelWaiter(CancellationToken ct)
    {
        try
        {
            await Task.Delay(5000, ct);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("waiter saw cancellation");
        }
    }

    static async Task Main()
    {
        Task s = Source();
        Task b = Waiter("B", s);
        Task c = Waiter("C", s);
        Task d = Waiter("D", s);
        await Task.WhenAll(b, c, d);
        Console.WriteLine("all resumed");

        var cts = new CancellationTokenSource();
        Task w = CancelWaiter(cts.Token);
        await Task.Delay(20);
        Console.WriteLine("calling Cancel");
        cts.Cancel();
        Console.WriteLine("Cancel returned, waiter completed: " + w.IsCompleted);
        await w;
        Console.WriteLine("end");
    }
}
