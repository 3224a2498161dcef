// Generic methods of an interface: each call's type arguments instantiate the interface method
// and every implementation of it (itable entries per instance), with implicit and explicit
// implementations whose type parameters are named differently, an async one among them.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

interface IStore
{
    Task<T> LoadAsync<T>(string key, T fallback);
    List<T> Repeat<T>(T item, int n);
}

class MemoryStore : IStore
{
    private readonly Dictionary<string, object> data = new Dictionary<string, object>();
    public void Put(string key, object value) { data[key] = value; }
    public async Task<T> LoadAsync<T>(string key, T fallback)
    {
        await Task.Yield();
        object v;
        return data.TryGetValue(key, out v) ? (T)v : fallback;
    }
    public List<T> Repeat<T>(T item, int n)
    {
        var l = new List<T>();
        for (int i = 0; i < n; i++) l.Add(item);
        return l;
    }
}

class LoudStore : IStore
{
    public Task<U> LoadAsync<U>(string key, U fallback)
    {
        Console.WriteLine("loud load " + key);
        return Task.FromResult(fallback);
    }
    List<U> IStore.Repeat<U>(U item, int n) => new List<U> { item };
}

class Program
{
    static async Task Show(IStore s)
    {
        Console.WriteLine(await s.LoadAsync("a", -1));
        Console.WriteLine(await s.LoadAsync("b", "none"));
        Console.WriteLine(s.Repeat('x', 3).Count + " " + s.Repeat("y", 2).Count);
    }

    static async Task Main()
    {
        var m = new MemoryStore();
        m.Put("a", 42);
        m.Put("b", "bee");
        await Show(m);
        await Show(new LoudStore());
    }
}
