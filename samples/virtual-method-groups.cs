using System;
using System.Threading.Tasks;

interface IHandler { void Handle(string m); Task<int> CountAsync(int n); }

abstract class Animal
{
    public abstract string Sound();
    public virtual string Describe() { return "an animal"; }
    public Func<string> Describer() { return Describe; }
}

class Dog : Animal
{
    public override string Sound() { return "woof"; }
    public override string Describe() { return "a dog"; }
    public Func<string> BaseDescriber() { return base.Describe; }
}

class Puppy : Dog
{
    public override string Describe() { return "a puppy"; }
}

class Logger : IHandler
{
    public int Seen;
    public void Handle(string m) { Seen++; Console.WriteLine("handled " + m); }
    public async Task<int> CountAsync(int n) { await Task.Delay(1); return n + Seen; }
}

class Program
{
    static async Task Main()
    {
        Animal a = new Puppy();
        Func<string> s = a.Sound;
        Console.WriteLine(s());
        Console.WriteLine(a.Describer()());
        Console.WriteLine(((Dog)a).BaseDescriber()());
        IHandler h = new Logger();
        Action<string> all = h.Handle;
        all += h.Handle;
        all("x");
        all -= h.Handle;
        all("y");
        Console.WriteLine("equal: " + (new Action<string>(h.Handle) == (Action<string>)h.Handle));
        Func<int, Task<int>> c = h.CountAsync;
        Console.WriteLine(await c(10));
        IHandler none = null;
        try { Action<string> bad = none.Handle; Console.WriteLine("no throw"); }
        catch (NullReferenceException) { Console.WriteLine("NRE at conversion"); }
        Animal nobody = null;
        try { Func<string> bad = nobody.Sound; Console.WriteLine("no throw"); }
        catch (NullReferenceException) { Console.WriteLine("NRE at conversion"); }
    }
}
