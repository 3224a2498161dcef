using System;
using System.Threading;
using System.Threading.Tasks;

// Completion states of tasks and value tasks: IsCompletedSuccessfully, Task.FromCanceled, and
// `default` of a ValueTask (already completed).
class Cache
{
    int _hits;

    public ValueTask<int> GetAsync(int key)
    {
        if (key % 2 == 0) { _hits++; return new ValueTask<int>(key * 10); }
        return new ValueTask<int>(LoadAsync(key));
    }

    async Task<int> LoadAsync(int key) { await Task.Delay(1); return key * 100; }

    public ValueTask FlushAsync(bool dirty) => dirty ? new ValueTask(Task.Delay(1)) : default;

    public int Hits => _hits;
}

class Program
{
    static async Task Main()
    {
        var cache = new Cache();
        var hit = cache.GetAsync(2);
        var miss = cache.GetAsync(3);
        Console.WriteLine($"hit: {hit.IsCompleted} {hit.IsCompletedSuccessfully}");
        Console.WriteLine(await hit + await miss);
        var flush = cache.FlushAsync(false);
        Console.WriteLine($"flush: {flush.IsCompleted} {flush.IsCompletedSuccessfully}");
        await flush;
        await cache.FlushAsync(true);

        var ok = Task.FromResult(1);
        var failed = Task.FromException(new InvalidOperationException("boom"));
        var cts = new CancellationTokenSource();
        cts.Cancel();
        var canceled = Task.FromCanceled<string>(cts.Token);
        foreach (var t in new Task[] { ok, failed, canceled })
            Console.WriteLine($"{t.Status} {t.IsCompleted} {t.IsCompletedSuccessfully} {t.IsFaulted} {t.IsCanceled}");
        try { await canceled; }
        catch (TaskCanceledException) { Console.WriteLine("canceled as expected"); }
        try { _ = Task.FromCanceled(new CancellationToken()); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine(cache.Hits);
    }
}
