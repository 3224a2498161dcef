using System;
using System.Threading.Tasks;

class Connection : IDisposable
{
    bool disposed;
    public string Name { get; }
    public Connection(string name) { Name = name; }
    public async Task<int> QueryAsync()
    {
        if (disposed) throw new ObjectDisposedException(nameof(Connection));
        await Task.Yield();
        return 42;
    }
    public void Dispose() { disposed = true; }
}

class ConfigError : ApplicationException
{
    public ConfigError(string m) : base(m) { }
}

class Program
{
    static async Task Main()
    {
        var c = new Connection("db");
        Console.WriteLine(await c.QueryAsync());
        c.Dispose();
        try { await c.QueryAsync(); }
        catch (ObjectDisposedException e) { Console.WriteLine(e.Message); Console.WriteLine("[" + e.ObjectName + "]"); }
        try { throw new ObjectDisposedException("Pool", "The pool is closed."); }
        catch (InvalidOperationException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { throw new ObjectDisposedException(null); }
        catch (ObjectDisposedException e) { Console.WriteLine(e.Message + " [" + e.ObjectName + "]"); }
        try { throw new ObjectDisposedException("wrapped", new InvalidOperationException("inner")); }
        catch (ObjectDisposedException e) { Console.WriteLine(e.Message + " [" + e.ObjectName + "] " + e.InnerException.Message); }
        try { throw new ConfigError("bad config"); }
        catch (ApplicationException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        Console.WriteLine(new ApplicationException().Message);
        Console.WriteLine(new ApplicationException("x") is Exception);
        Console.WriteLine(new ObjectDisposedException("Thing").ToString());
    }
}
