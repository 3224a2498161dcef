// Tutorial section 9 (cancellation is cooperative, after): the token is passed on, or checked.
// expect: none
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> DownloadAsync(int id, CancellationToken token)
    {
        await Task.Delay(100, token);
        return id * 2;
    }

    static async Task<int> TwiceAsync(int id, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        int first = await DownloadAsync(id, token);
        return await DownloadAsync(first, token);
    }

    static async Task Main()
    {
        CancellationTokenSource source = new CancellationTokenSource();
        Console.WriteLine(await TwiceAsync(3, source.Token));
        source.CancelAfter(10);
        try
        {
            Console.WriteLine(await DownloadAsync(21, source.Token));
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("canceled");
        }
    }
}
