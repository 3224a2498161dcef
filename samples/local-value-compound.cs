using System;
using System.Threading;
using System.Threading.Tasks;

// Compound assignments of a ThreadLocal<T>'s or AsyncLocal<T>'s Value: `x.Value += v` is
// `x.Value = x.Value + v` through a local, a field of `this` or a static field.
class Tracer
{
    private ThreadLocal<string> path = new ThreadLocal<string>(() => "root");
    private static AsyncLocal<int> depth = new AsyncLocal<int>();
    protected static AsyncLocal<int> Base = new AsyncLocal<int>();

    public async Task Enter(string name, int levels)
    {
        depth.Value += 1;
        path.Value += "/" + name;
        this.path.Value += "!";
        Console.WriteLine(path.Value + " at depth " + depth.Value);
        if (levels > 0) await Enter(name + levels, levels - 1);
        await Task.Yield();
        Console.WriteLine("leaving depth " + depth.Value);
    }
}

// A static property named Value of the program's own class is no ThreadLocal: `Config.Value = 3`
// once drew a false CS0119 ("'Config' is a type").
class Config
{
    public static int Value { get; set; }
}

class Derived : Tracer
{
    public void Reset() { Base.Value = 10; Base.Value += 1; Console.WriteLine("inherited " + Base.Value); }
}

class Program
{
    static async Task Main()
    {
        var counter = new ThreadLocal<int>(() => 5);
        counter.Value += 1;
        counter.Value *= 3;
        counter.Value -= 4;
        Console.WriteLine(counter.Value);
        var flags = new AsyncLocal<int>();
        flags.Value |= 6;
        flags.Value <<= 2;
        Console.WriteLine(flags.Value);
        await new Tracer().Enter("a", 2);
        Config.Value = 3;
        Config.Value += 2;
        Console.WriteLine("config " + Config.Value);
        new Derived().Reset();
    }
}
