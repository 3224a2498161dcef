// Tutorial section 9 (cancellation is cooperative): a CancellationToken parameter the method never reads.
// expect: UA0210
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> DownloadAsync(int id, CancellationToken token)
    {
        await Task.Delay(100);
        return id * 2;
    }

    static async Task Main()
    {
        CancellationTokenSource source = new CancellationTokenSource();
        source.CancelAfter(10);
        int r = await DownloadAsync(21, source.Token);
        Console.WriteLine("downloaded " + r + " although cancellation was requested: " + source.IsCancellationRequested);
    }
}
