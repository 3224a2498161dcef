// C# 12: TaskCompletionSource<T> (SetResult, TrySetResult, SetException, SetCanceled, RunContinuationsAsynchronously), wrapping a callback-based API into a Task with an extension method, a one-shot gate, a timeout with Task.WhenAny, TaskCanceledException, ThreadPool.QueueUserWorkItem with a discard-named lambda parameter
// mcs: compiles and runs
using System;
using System.Threading;
using System.Threading.Tasks;

class LegacyDownloader
{
    public void BeginDownload(string url, Action<string> onSuccess, Action<Exception> onError)
    {
        ThreadPool.QueueUserWorkItem(_ =>
        {
            Thread.Sleep(5);
            if (url.StartsWith("https://", StringComparison.Ordinal)) onSuccess("<html>" + url.Substring(8) + "</html>");
            else onError(new NotSupportedException("only https is supported"));
        });
    }
}

static class DownloaderExtensions
{
    public static Task<string> DownloadAsync(this LegacyDownloader downloader, string url)
    {
        var tcs = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        downloader.BeginDownload(url, html => tcs.SetResult(html), error => tcs.SetException(error));
        return tcs.Task;
    }
}

class Gate
{
    private readonly TaskCompletionSource<bool> _opened = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
    public Task WaitAsync() => _opened.Task;
    public bool Open() => _opened.TrySetResult(true);
}

class Program
{
    static async Task Main()
    {
        var downloader = new LegacyDownloader();
        Console.WriteLine(await downloader.DownloadAsync("https://example.com"));
        try
        {
            await downloader.DownloadAsync("ftp://example.com");
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine($"failed: {e.Message}");
        }

        var gate = new Gate();
        Task waiter = Task.Run(async () =>
        {
            await gate.WaitAsync();
            return "gate passed";
        }).ContinueWith(t => Console.WriteLine(t.Result));
        await Task.Delay(5);
        Console.WriteLine($"first open: {gate.Open()}, second open: {gate.Open()}");
        await waiter;

        var never = new TaskCompletionSource<int>();
        Task winner = await Task.WhenAny(never.Task, Task.Delay(10));
        Console.WriteLine(winner == never.Task ? "value arrived" : "timed out");
        never.SetCanceled();
        try
        {
            await never.Task;
        }
        catch (TaskCanceledException)
        {
            Console.WriteLine($"canceled: {never.Task.IsCanceled}");
        }
    }
}
