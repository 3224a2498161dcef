// expect: UA0100
// Valid C#, but `await using` (IAsyncDisposable) is not supported yet; plain `using` statements are.
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
        await using (var other = new CancellationTokenSource())
        {
            Console.WriteLine("disposed asynchronously");
        }
    }
}
