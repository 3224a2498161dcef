// C# 12: target-typed new() (field initializers, locals, constructor and method arguments, return values, nested initializers, array elements, the right operand of ??, an indexer assignment chain), SemaphoreSlim and Queue<T> fields created with new(), StringBuilder
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

class Options
{
    public int Workers { get; set; } = 1;
    public string Mode { get; set; } = "fast";
    public override string ToString() => $"{Mode} x{Workers}";
}

class Scheduler
{
    private readonly Dictionary<string, Queue<string>> _queues = new();
    private readonly SemaphoreSlim _gate = new(2, 2);
    private readonly Options _options;

    public Scheduler(Options options = null) { _options = options ?? new(); }

    public void Enqueue(string queue, string job)
    {
        if (!_queues.TryGetValue(queue, out var q)) _queues[queue] = q = new();
        q.Enqueue(job);
    }

    public async Task<List<string>> DrainAsync(string queue)
    {
        List<string> done = new();
        if (!_queues.TryGetValue(queue, out var q)) return done;
        while (q.Count > 0)
        {
            await _gate.WaitAsync();
            try
            {
                await Task.Delay(1);
                done.Add($"{q.Dequeue()}({_options})");
            }
            finally
            {
                _gate.Release();
            }
        }
        return done;
    }
}

class Program
{
    static StringBuilder NewBuilder(int capacity) => new(capacity);
    static void Print(Options o) => Console.WriteLine(o);

    static async Task Main()
    {
        Scheduler scheduler = new(new() { Workers = 4, Mode = "batch" });
        scheduler.Enqueue("mail", "welcome");
        scheduler.Enqueue("mail", "reminder");
        Console.WriteLine(string.Join(", ", await scheduler.DrainAsync("mail")));
        Console.WriteLine((await new Scheduler().DrainAsync("none")).Count);
        Print(new() { Mode = "slow" });
        Options[] presets = { new(), new() { Workers = 8 } };
        Console.WriteLine(string.Join<Options>(" | ", presets));
        var sb = NewBuilder(16).Append("capacity ").Append(NewBuilder(32).Capacity);
        Console.WriteLine(sb);
        Dictionary<string, List<int>> index = new() { ["a"] = new() { 1, 2 } };
        Console.WriteLine(index["a"].Count);
    }
}
