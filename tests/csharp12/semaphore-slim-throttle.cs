// C# 12: SemaphoreSlim as a throttle (WaitAsync/Release in try/finally) and as an async mutex, CurrentCount, WaitAsync with a TimeSpan timeout, Interlocked and Volatile tracking peak concurrency with a CompareExchange loop, a generic async method taking Func<Task<T>>, Task.WhenAll over throttled work
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class Throttler
{
    private readonly SemaphoreSlim _slots;
    private int _active;
    private int _peak;

    public Throttler(int maxConcurrency) { _slots = new SemaphoreSlim(maxConcurrency, maxConcurrency); }

    public int Peak => Volatile.Read(ref _peak);

    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        await _slots.WaitAsync();
        try
        {
            int now = Interlocked.Increment(ref _active);
            int seen;
            while (now > (seen = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
            {
            }
            return await work();
        }
        finally
        {
            Interlocked.Decrement(ref _active);
            _slots.Release();
        }
    }
}

class Program
{
    static readonly SemaphoreSlim Mutex = new SemaphoreSlim(1, 1);
    static readonly List<string> Lines = new List<string>();

    static async Task AppendAsync(string line)
    {
        await Mutex.WaitAsync();
        try
        {
            await Task.Delay(1);
            Lines.Add(line);
        }
        finally
        {
            Mutex.Release();
        }
    }

    static async Task Main()
    {
        var throttler = new Throttler(3);
        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => throttler.RunAsync(async () =>
        {
            await Task.Delay(10);
            return i * 10;
        })));
        Console.WriteLine($"sum {results.Sum()}, peak concurrency at most 3: {throttler.Peak <= 3}");

        await Task.WhenAll(Enumerable.Range(1, 5).Select(i => AppendAsync("line " + i)));
        Console.WriteLine($"{Lines.Count} lines, mutex free: {Mutex.CurrentCount == 1}");

        await Mutex.WaitAsync();
        bool acquired = await Mutex.WaitAsync(TimeSpan.FromMilliseconds(20));
        Console.WriteLine($"second acquire while held: {acquired}");
        Mutex.Release();
    }
}
