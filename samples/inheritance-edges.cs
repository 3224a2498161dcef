using System;
using System.Threading.Tasks;

// Corners of inheritance where a compiler can go wrong (each was a bug once):
// base.ToString() of object and of Exception, ToString overrides of exceptions,
// interface mapping with `new` methods, protected setters, `new` fields,
// reference equality of objects, abstract methods with parameters, abstract override.

class Labeled
{
    public override string ToString() { return "Labeled:" + base.ToString(); }
}

class HttpError : Exception
{
    public HttpError() : base("HTTP 503") { }
    public override string ToString() { return "HttpError(503) over [" + base.ToString() + "]"; }
}

interface IGreeter { string Greet(); }
interface IPolite { string Greet(); }

class Greeter : IGreeter, IPolite { public string Greet() { return "base"; } }

// `new` hides Greeter.Greet, but does not re-implement the interfaces Greeter implements.
class Loud : Greeter { public new string Greet() { return "loud"; } }

// Re-implements IPolite only: IGreeter still maps to Greeter.Greet.
class Reimpl : Greeter, IPolite { public new string Greet() { return "reimpl"; } }

class Shape
{
    public string Name { get; protected set; }
    protected int sides = 0;
    public int Sides() { return sides; }
}

class Rect : Shape
{
    protected new int sides = 4;
    public Rect() { Name = "rect"; }
    public string Describe() { return Name + " " + sides + " " + base.sides; }
}

abstract class Scaler
{
    public abstract int Scale(int x, int by);
    public abstract Task<int> ScaleAsync(int x);
}

class Doubler : Scaler
{
    public override int Scale(int x, int by) { return x * by * 2; }
    public override async Task<int> ScaleAsync(int x) { await Task.Yield(); return x * 2; }
}

class A { public virtual string F() { return "A"; } }
abstract class B : A { public abstract override string F(); }
class C : B { public override string F() { return "C"; } }

static class Program
{
    static async Task Main()
    {
        Console.WriteLine(new Labeled());
        var e = new HttpError();
        Console.WriteLine(e);
        Console.WriteLine("" + e);
        Console.WriteLine($"{e}");
        try { throw e; }
        catch (Exception caught) { Console.WriteLine(caught.ToString() == e.ToString()); }

        IGreeter g = new Loud();
        Console.WriteLine(g.Greet() + " " + new Loud().Greet());
        IGreeter g2 = new Reimpl();
        IPolite p2 = new Reimpl();
        Console.WriteLine(g2.Greet() + " " + p2.Greet());

        var r = new Rect();
        Console.WriteLine(r.Describe() + " " + r.Sides());

        string s = "ab";
        object x = s + "cd";
        object y = s + "cd";
        Console.WriteLine(x == y);
        Console.WriteLine((string)x == (string)y);
        object o1 = new Labeled();
        object o2 = o1;
        Console.WriteLine(o1 == o2);

        Scaler sc = new Doubler();
        Console.WriteLine(sc.Scale(3, 5) + " " + await sc.ScaleAsync(21));
        A a = new C();
        Console.WriteLine(a.F());
    }
}
