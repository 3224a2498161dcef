// C# 12: IProgress<T> with Progress<T> (reports delivered through the ProgressChanged event) and a custom synchronous IProgress<T> implementation, a struct payload with computed properties, ?. on an interface, an async copy loop with a CancellationToken default parameter, Interlocked on a captured local
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

struct CopyProgress
{
    public CopyProgress(int done, int total) { Done = done; Total = total; }
    public int Done { get; }
    public int Total { get; }
    public int Percent => Total == 0 ? 100 : Done * 100 / Total;
}

class ImmediateProgress<T> : IProgress<T>
{
    private readonly Action<T> _handler;
    public ImmediateProgress(Action<T> handler) { _handler = handler; }
    public void Report(T value) => _handler(value);
}

class Program
{
    static async Task<int> CopyFilesAsync(IReadOnlyList<string> files, IProgress<CopyProgress> progress, CancellationToken token = default(CancellationToken))
    {
        for (int i = 0; i < files.Count; i++)
        {
            token.ThrowIfCancellationRequested();
            await Task.Delay(2, token);
            progress?.Report(new CopyProgress(i + 1, files.Count));
        }
        return files.Count;
    }

    static async Task Main()
    {
        var files = new[] { "a.txt", "b.txt", "c.txt", "d.txt" };
        var immediate = new ImmediateProgress<CopyProgress>(p => Console.WriteLine($"{p.Done}/{p.Total} ({p.Percent}%)"));
        int copied = await CopyFilesAsync(files, immediate);
        Console.WriteLine($"copied {copied}");

        int reports = 0;
        var allReported = new TaskCompletionSource<bool>();
        var progress = new Progress<CopyProgress>();
        progress.ProgressChanged += (sender, p) =>
        {
            if (Interlocked.Increment(ref reports) == files.Length) allReported.TrySetResult(true);
        };
        await CopyFilesAsync(files, progress);
        await allReported.Task;
        Console.WriteLine($"Progress<T> delivered {reports} reports");
        Console.WriteLine(await CopyFilesAsync(new string[0], null));
    }
}
