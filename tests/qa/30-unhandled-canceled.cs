using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task Main()
    {
        var cts = new CancellationTokenSource();
        cts.CancelAfter(30);
        Console.WriteLine("waiting");
        await Task.Delay(10000, cts.Token);
        Console.WriteLine("not reached");
    }
}
