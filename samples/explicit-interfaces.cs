using System;
using System.Threading.Tasks;

interface IReader { string Read(); int Size { get; } }
interface IWriter { void Write(string s); string Read(); }
interface ILog { Task LogAsync(string s); }

class Store : IReader, IWriter, ILog, IDisposable
{
    private string data = "";
    string IReader.Read() { return "reader:" + data; }
    string IWriter.Read() { return "writer:" + data; }
    public string Read() { return "public:" + data; }
    int IReader.Size => data.Length;
    void IWriter.Write(string s) { data += s; }
    async Task ILog.LogAsync(string s) { await Task.Delay(1); Console.WriteLine("log " + s + " " + data); }
    void IDisposable.Dispose() { Console.WriteLine("disposed"); }
}

class Counter : IReader
{
    public int Size { get; private set; }
    string IReader.Read() { Size++; return "count " + Size; }
}

// An interface's property implemented by an auto-property the class inherits.
interface INamed { string Name { get; set; } int Id { get; } }
class Entity { public string Name { get; set; } = "e"; public int Id { get; } = 4; }
class User : Entity, INamed { }

class Derived : Store, IReader
{
    public new string Read() { return "derived"; }
}

static class Program
{
    static async Task Main()
    {
        var s = new Store();
        ((IWriter)s).Write("abc");
        IReader r = s;
        IWriter w = s;
        Console.WriteLine(r.Read() + " " + w.Read() + " " + s.Read() + " " + r.Size);
        await ((ILog)s).LogAsync("x");
        using (s) { Console.WriteLine("using"); }
        IReader c = new Counter();
        Console.WriteLine(c.Read() + " " + c.Read() + " " + c.Size);
        IReader d = new Derived();
        Console.WriteLine(d.Read() + " " + new Derived().Read());
        INamed n = new User();
        n.Name = "u" + n.Id;
        Console.WriteLine(n.Name + " " + ((User)n).Name);
    }
}
