using System;
using System.Collections.Generic;
using System.Threading.Tasks;

interface IEntity { int Id { get; } }

class Customer : IEntity
{
    public int Id { get; }
    public string Name { get; }
    public Customer(int id, string name) { Id = id; Name = name; }
}

class Cache<TKey, TValue>
{
    private readonly Dictionary<TKey, TValue> map = new Dictionary<TKey, TValue>();
    private readonly Func<TKey, Task<TValue>> load;
    public int Loads { get; private set; }
    public Cache(Func<TKey, Task<TValue>> load) { this.load = load; }

    public async Task<TValue> GetAsync(TKey key)
    {
        TValue v;
        if (map.TryGetValue(key, out v)) return v;
        Loads++;
        var loaded = await load(key);
        map[key] = loaded;
        return loaded;
    }
}

class Store<T> where T : IEntity
{
    private readonly List<T> items = new List<T>();
    public void Add(T item) => items.Add(item);
    public T Find(int id)
    {
        foreach (var i in items) if (i.Id == id) return i;
        return default(T);
    }
    public IEnumerable<T> All() { foreach (var i in items) yield return i; }
    public List<U> Select<U>(Func<T, U> f)
    {
        var r = new List<U>();
        foreach (var i in items) r.Add(f(i));
        return r;
    }
}

class Factory<T> where T : new()
{
    public T Make() => new T();
}

class Counter { public static int Made; public int N; public Counter() { Made++; N = Made; } }

class AsyncLazy<T>
{
    private readonly Func<Task<T>> factory;
    private Task<T> task;
    public AsyncLazy(Func<Task<T>> factory) { this.factory = factory; }
    public Task<T> Value => task ?? (task = factory());
}

class Outer<T>
{
    public class Inner { public T Item; public override string ToString() => "Inner(" + Item + ")"; }
    public Inner Wrap(T x) => new Inner { Item = x };
}

class Program
{
    static async Task Main()
    {
        var cache = new Cache<int, string>(async k => { await Task.Delay(1); return "v" + k; });
        Console.WriteLine(await cache.GetAsync(1));
        Console.WriteLine(await cache.GetAsync(1));
        Console.WriteLine(await cache.GetAsync(2) + " loads=" + cache.Loads);

        var store = new Store<Customer>();
        store.Add(new Customer(1, "Ada"));
        store.Add(new Customer(2, "Bob"));
        Console.WriteLine(store.Find(2).Name);
        Console.WriteLine(store.Find(3) == null);
        foreach (var c in store.All()) Console.WriteLine(c.Id + ":" + c.Name);
        Console.WriteLine(string.Join(",", store.Select(c => c.Name.Length)));

        var f = new Factory<Counter>();
        Console.WriteLine(f.Make().N + f.Make().N);
        var fi = new Factory<int>();
        Console.WriteLine(fi.Make());

        int calls = 0;
        var lazy = new AsyncLazy<int>(async () => { calls++; await Task.Yield(); return 42; });
        Console.WriteLine(await lazy.Value + await lazy.Value);
        Console.WriteLine(calls);

        var o = new Outer<string>();
        Console.WriteLine(o.Wrap("x"));
        Console.WriteLine(typeof(Cache<int, string>).Name);
        Console.WriteLine(new List<Store<Customer>>().Count);
    }
}
