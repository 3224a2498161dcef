// C# 12: default literals and default(T) expressions (int, string, DateTime, a struct, int?, Guid), default parameter values (default literal and CancellationToken default), default in generic returns, comparison with default, EqualityComparer<T>.Default
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

struct Settings
{
    public int Retries { get; set; }
    public bool Verbose { get; set; }
    public string Name { get; set; }
}

class Cache<TKey, TValue>
{
    private readonly Dictionary<TKey, TValue> _map = new Dictionary<TKey, TValue>();
    public TValue GetOrDefault(TKey key, TValue fallback = default) { TValue v; return _map.TryGetValue(key, out v) ? v : fallback; }
    public void Put(TKey key, TValue value) => _map[key] = value;
    public bool IsDefault(TValue value) => EqualityComparer<TValue>.Default.Equals(value, default(TValue));
}

class Program
{
    static T FirstOr<T>(IEnumerable<T> items, Func<T, bool> predicate)
    {
        foreach (var item in items)
            if (predicate(item)) return item;
        return default;
    }

    static async Task<int> WaitAsync(int ms, CancellationToken token = default)
    {
        await Task.Delay(ms, token);
        return ms;
    }

    static async Task Main()
    {
        int i = default;
        string s = default;
        DateTime d = default(DateTime);
        Settings cfg = default;
        int? maybe = default;
        Console.WriteLine($"{i} [{s ?? "null"}] {d:yyyy-MM-dd} {cfg.Retries} {cfg.Verbose} [{cfg.Name ?? "null"}] {maybe.HasValue}");

        var cache = new Cache<string, int>();
        cache.Put("a", 1);
        Console.WriteLine($"{cache.GetOrDefault("a")} {cache.GetOrDefault("zz")} {cache.GetOrDefault("zz", -1)} {cache.IsDefault(0)}");

        Console.WriteLine(FirstOr(new[] { 1, 3, 5 }, x => x > 10));
        Console.WriteLine(FirstOr(new[] { "x", "yy" }, x => x.Length > 5) == null);
        Console.WriteLine(await WaitAsync(2));
        Console.WriteLine(d == default);
        Console.WriteLine(default(Guid));
    }
}
