using System;
using System.Threading.Tasks;

interface IStore
{
    Task<string> LoadAsync(int id);
}

class MemoryStore : IStore
{
    public async Task<string> LoadAsync(int id)
    {
        await Task.Yield();
        return id > 0 ? "item" + id : throw new ArgumentOutOfRangeException(nameof(id), "ids start at 1");
    }
}

class Service
{
    readonly IStore store;
    readonly string name;

    public Service(IStore store, string name)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.name = name ?? throw new ArgumentNullException(nameof(name));
    }

    public string Name => name;
    public int Version => throw new NotSupportedException("no versions yet");

    // The throw runs inside the async method: the caller gets a faulted task, not an exception.
    public async Task<string> GetAsync(int id)
    {
        var checkedId = id >= 0 ? id : throw new ArgumentException("negative id");
        var value = await store.LoadAsync(checkedId);
        return name + ":" + value;
    }

    public static void Fail(string why) => throw new InvalidOperationException(why);
}

class Program
{
    static async Task Main()
    {
        try { new Service(null, "s"); }
        catch (ArgumentNullException e) { Console.WriteLine("ctor: " + e.Message); }

        var svc = new Service(new MemoryStore(), "svc");
        Console.WriteLine(await svc.GetAsync(2));

        Task<string> faulted = svc.GetAsync(-1);
        Console.WriteLine("returned a task: " + faulted.IsFaulted);
        try { await faulted; }
        catch (ArgumentException e) { Console.WriteLine("awaited: " + e.Message); }

        try { await svc.GetAsync(0); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("store: " + e.Message); }

        try { Console.WriteLine(svc.Version); }
        catch (NotSupportedException e) { Console.WriteLine("property: " + e.Message); }

        try { Service.Fail("stop"); }
        catch (InvalidOperationException e) { Console.WriteLine("method: " + e.Message); }

        string missing = null;
        try { Console.WriteLine(missing != null ? missing : throw null); }
        catch (NullReferenceException) { Console.WriteLine("throw null: NullReferenceException"); }
    }
}
