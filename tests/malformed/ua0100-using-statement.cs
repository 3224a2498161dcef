// expect: UA0100
// Valid C#, but `await using` of a library type (CancellationTokenRegistration's DisposeAsync) is not supported yet; plain `using` statements are.
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
        var cts2 = new CancellationTokenSource();
        await using (var other = cts2.Token.Register(() => { }))
        {
            Console.WriteLine("disposed asynchronously");
        }
    }
}
