// expect: UA0100
// Valid C# (CancellationTokenSource is IDisposable), but `using (...)` statements are outside the subset (Tier 2).
using System;
using System.Threading;
using System.Threading.Tasks;


static class Program
{
    static async Task Main()
    {
        using (CancellationTokenSource cts = new CancellationTokenSource())
        {
            cts.CancelAfter(1000);
            await Task.Delay(10, cts.Token);
        }
        Console.WriteLine("disposed");
    }
}
