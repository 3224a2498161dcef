// C# 12: Lazy<Task<T>> for one-time async initialization, ConcurrentDictionary<TKey, Lazy<Task<TValue>>>.GetOrAdd and TryRemove, a generic class taking a Func<TKey, Task<TValue>> (passed a method group), Interlocked counting, many concurrent callers through Task.WhenAll, catch { ...; throw; } removing a faulted entry
// mcs: compiles and runs
using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class AsyncCache<TKey, TValue>
{
    private readonly ConcurrentDictionary<TKey, Lazy<Task<TValue>>> _entries = new ConcurrentDictionary<TKey, Lazy<Task<TValue>>>();
    private readonly Func<TKey, Task<TValue>> _factory;

    public AsyncCache(Func<TKey, Task<TValue>> factory) { _factory = factory; }

    public async Task<TValue> GetAsync(TKey key)
    {
        var lazy = _entries.GetOrAdd(key, k => new Lazy<Task<TValue>>(() => _factory(k)));
        try
        {
            return await lazy.Value;
        }
        catch
        {
            Lazy<Task<TValue>> removed;
            _entries.TryRemove(key, out removed);
            throw;
        }
    }

    public int Count => _entries.Count;
}

class Program
{
    static int _loads;

    static async Task<string> LoadProfileAsync(int userId)
    {
        Interlocked.Increment(ref _loads);
        await Task.Delay(10);
        if (userId < 0) throw new ArgumentOutOfRangeException(nameof(userId));
        return "profile-" + userId;
    }

    static async Task Main()
    {
        var cache = new AsyncCache<int, string>(LoadProfileAsync);
        var callers = Enumerable.Range(0, 20).Select(i => cache.GetAsync(i % 3));
        string[] profiles = await Task.WhenAll(callers);
        Console.WriteLine($"{profiles.Distinct().Count()} distinct profiles, {_loads} loads, {cache.Count} entries");
        for (int attempt = 1; attempt <= 2; attempt++)
        {
            try
            {
                await cache.GetAsync(-1);
            }
            catch (ArgumentOutOfRangeException e)
            {
                Console.WriteLine($"attempt {attempt}: {e.ParamName} rejected, entries {cache.Count}");
            }
        }
        Console.WriteLine($"loads after the failures: {_loads}");
    }
}
