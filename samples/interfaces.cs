// Interfaces: a service behind an interface, a decorator that wraps another implementation,
// interface inheritance, a class implementing several interfaces, calls through interface-typed
// variables (sync and async, dispatched to the object's class), `is`/casts with interfaces, and
// an implementation inherited from a base class or overridden in a derived one.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

interface IRepository
{
    Task<string> GetAsync(int id);
    int Count();
}

interface INamed
{
    string Name();
}

interface ICachedRepository : IRepository
{
    void Clear();
}

class SlowRepository : IRepository, INamed
{
    private int calls;

    public async Task<string> GetAsync(int id)
    {
        calls++;
        await Task.Delay(10);
        return "slow " + id;
    }

    public int Count() { return calls; }
    public virtual string Name() { return "slow"; }
}

class VerySlowRepository : SlowRepository
{
    public override string Name() { return "very slow"; }
}

class CachedRepository : ICachedRepository
{
    private readonly IRepository inner;
    private readonly List<int> keys = new List<int>();
    private readonly List<string> values = new List<string>();

    public CachedRepository(IRepository inner) { this.inner = inner; }

    public async Task<string> GetAsync(int id)
    {
        for (int i = 0; i < keys.Count; i++)
        {
            if (keys[i] == id) return values[i] + " (cached)";
        }
        string v = await inner.GetAsync(id);
        keys.Add(id);
        values.Add(v);
        return v;
    }

    public int Count() { return inner.Count(); }

    public void Clear()
    {
        keys.Clear();
        values.Clear();
    }
}

static class Program
{
    static async Task<int> LoadAll(IRepository repo, int[] ids)
    {
        int found = 0;
        foreach (var id in ids)
        {
            Console.WriteLine("  " + await repo.GetAsync(id));
            found++;
        }
        return found;
    }

    static async Task Main()
    {
        var slow = new SlowRepository();
        IRepository repo = new CachedRepository(slow);
        Console.WriteLine("loaded " + await LoadAll(repo, new[] { 1, 2, 1, 3, 2 }));
        Console.WriteLine("calls " + repo.Count());
        if (repo is ICachedRepository c)
        {
            c.Clear();
            Console.WriteLine("cleared");
        }
        Console.WriteLine(await repo.GetAsync(1));
        Console.WriteLine("calls " + repo.Count());
        var names = new List<INamed> { slow, new VerySlowRepository() };
        foreach (var n in names) Console.WriteLine(n.Name());
        Console.WriteLine((repo is INamed) + " " + (slow is INamed) + " " + (repo is IRepository));
        object o = repo;
        var back = (IRepository)o;
        Console.WriteLine(back.Count());
        try
        {
            var bad = (INamed)o;
            Console.WriteLine(bad.Name());
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("a CachedRepository is not INamed");
        }
    }
}
