// C# 12: a producer/consumer pipeline: a generic work queue (Queue<T> guarded by lock, SemaphoreSlim as an async item counter, a completed flag), consumers started with Task.Run returning Task<List<string>>, WaitAsync with a CancellationToken, CancellationTokenSource with a timeout, a tuple-returning async method deconstructed with var (ok, item), ordered output
// mcs: not usable as is (mcs 6.8 loses tuple element types through Task<(bool, T)>); compiles and runs with mcs once the tuple is replaced by KeyValuePair<bool, T>
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class WorkQueue<T>
{
    private readonly Queue<T> _items = new Queue<T>();
    private readonly SemaphoreSlim _available = new SemaphoreSlim(0);
    private readonly object _lock = new object();
    private bool _completed;

    public void Add(T item)
    {
        lock (_lock)
        {
            if (_completed) throw new InvalidOperationException("the queue is completed");
            _items.Enqueue(item);
        }
        _available.Release();
    }

    public void Complete(int consumers)
    {
        lock (_lock) _completed = true;
        _available.Release(consumers);
    }

    public async Task<(bool Ok, T Item)> TakeAsync(CancellationToken token)
    {
        await _available.WaitAsync(token);
        lock (_lock)
        {
            if (_items.Count > 0) return (true, _items.Dequeue());
            return (false, default(T));
        }
    }
}

class Program
{
    static async Task<List<string>> ConsumeAsync(WorkQueue<int> queue, CancellationToken token)
    {
        var handled = new List<string>();
        while (true)
        {
            var (ok, item) = await queue.TakeAsync(token);
            if (!ok) break;
            await Task.Delay(1, token);
            handled.Add(item + "^2=" + item * item);
        }
        return handled;
    }

    static async Task Main()
    {
        var queue = new WorkQueue<int>();
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            const int consumerCount = 3;
            Task<List<string>>[] consumers = Enumerable.Range(1, consumerCount)
                .Select(_ => Task.Run(() => ConsumeAsync(queue, cts.Token)))
                .ToArray();
            for (int i = 1; i <= 10; i++) queue.Add(i);
            queue.Complete(consumerCount);
            List<string>[] results = await Task.WhenAll(consumers);
            var all = results.SelectMany(r => r).OrderBy(s => int.Parse(s.Substring(0, s.IndexOf('^')))).ToList();
            Console.WriteLine($"{all.Count} items handled by {results.Length} consumers");
            Console.WriteLine(string.Join(" ", all));
        }
        try { queue.Add(99); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
