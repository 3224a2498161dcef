// C# 12: a generic repository class behind an interface with a Dictionary cache field and async methods, where T : class, out arguments, TryGetValue, decimal formatting
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

interface IRepository<T> where T : class
{
    Task<T> GetAsync(int id);
    Task SaveAsync(int id, T item);
}

class Product
{
    public Product(string name, decimal price) { Name = name; Price = price; }
    public string Name { get; }
    public decimal Price { get; }
    public override string ToString() => $"{Name} ({Price:F2})";
}

class SlowStore<T> where T : class
{
    private readonly Dictionary<int, T> _rows = new Dictionary<int, T>();
    public int Reads { get; private set; }

    public async Task<T> LoadAsync(int id)
    {
        await Task.Delay(5);
        Reads++;
        T row;
        return _rows.TryGetValue(id, out row) ? row : null;
    }

    public async Task StoreAsync(int id, T row) { await Task.Delay(5); _rows[id] = row; }
}

class CachedRepository<T> : IRepository<T> where T : class
{
    private readonly Dictionary<int, T> _cache = new Dictionary<int, T>();
    private readonly SlowStore<T> _store;

    public CachedRepository(SlowStore<T> store) { _store = store; }

    public async Task<T> GetAsync(int id)
    {
        T cached;
        if (_cache.TryGetValue(id, out cached))
            return cached;
        T loaded = await _store.LoadAsync(id);
        if (loaded != null)
            _cache[id] = loaded;
        return loaded;
    }

    public async Task SaveAsync(int id, T item) { _cache[id] = item; await _store.StoreAsync(id, item); }
}

class Program
{
    static async Task Main()
    {
        var store = new SlowStore<Product>();
        IRepository<Product> repo = new CachedRepository<Product>(store);
        await repo.SaveAsync(1, new Product("Keyboard", 49.5m));
        await store.StoreAsync(2, new Product("Mouse", 19.99m));
        for (int round = 0; round < 2; round++)
        {
            Product a = await repo.GetAsync(1);
            Product b = await repo.GetAsync(2);
            Product missing = await repo.GetAsync(3);
            Console.WriteLine($"round {round}: {a}, {b}, {(missing == null ? "none" : missing.ToString())}");
        }
        Console.WriteLine($"store reads: {store.Reads}");
    }
}
