// Constraints as C# applies them: a struct argument's own methods and property setters run on
// the variable through an interface constraint (its changes stay), a constraint passed on to
// another generic method, the constraint's interface itself as the argument, `new()` of library
// types, a class constraint's interfaces, members of an extended interface, `using` of a `T`,
// and type inference into `IList<T>`/`ICollection<T>`/`IReadOnlyList<T>` from arrays and lists.
using System;
using System.Collections.Generic;
using System.Text;

interface ICounter
{
    void Inc();
    int Value { get; set; }
}

struct Counter : ICounter
{
    public int N;
    public void Inc() { N++; }
    public int Value { get { return N; } set { N = value; } }
}

interface INamed { string Name { get; } }
interface IEntity : INamed { int Id { get; } }
class User : IEntity
{
    public string Name { get { return "ann"; } }
    public int Id { get { return 7; } }
}

interface IShape { double Area(); }
class Square : IShape { public double Area() { return 4; } }

class Resource : IDisposable, IEntity
{
    public string Name { get { return "res"; } }
    public int Id { get { return 1; } }
    public void Dispose() { Console.WriteLine("disposed " + Name); }
}

static class Program
{
    static int IncTwice<T>(T c) where T : ICounter
    {
        c.Inc();
        c.Inc();
        return c.Value;
    }
    static void IncRef<T>(ref T c) where T : ICounter { c.Inc(); }
    static int SetThenRead<T>(T c) where T : ICounter
    {
        c.Value = 40;
        c.Inc();
        return c.Value;
    }
    static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }
    static T Max3<T>(T a, T b, T c) where T : IComparable<T> { return Max(Max(a, b), c); }
    static bool AllSame<T>(T a, T b, T c) where T : IEquatable<T> { return Same(a, b) && Same(b, c); }
    static bool Same<T>(T a, T b) where T : IEquatable<T> { return a.Equals(b); }
    static double Area<T>(T s) where T : IShape { return s.Area(); }
    static T Make<T>() where T : new() { return new T(); }
    static T MakeVia<T>() where T : new() { return Make<T>(); }
    static string Label<T>(T e) where T : IEntity { return e.Id + ":" + e.Name; }
    static void Use<T>(T r) where T : Resource
    {
        INamed n = r;
        Console.WriteLine("using " + n.Name);
        using (r)
        {
            Console.WriteLine("body " + Label(r));
        }
    }
    static T Last<T>(IList<T> xs) { return xs[xs.Count - 1]; }
    static int Count<T>(ICollection<T> xs) { return xs.Count; }
    static T First<T>(IReadOnlyList<T> xs) { return xs[0]; }

    static void Main()
    {
        var c = new Counter();
        Console.WriteLine(IncTwice(c) + " " + c.N);
        IncRef(ref c);
        Console.WriteLine(c.N);
        Console.WriteLine(SetThenRead(c) + " " + c.N);
        var counters = new Counter[2];
        IncRef(ref counters[1]);
        Console.WriteLine(counters[0].N + " " + counters[1].N);
        Console.WriteLine(Max3(4, 9, 2) + " " + Max3("b", "c", "a"));
        Console.WriteLine(AllSame(1, 1, 1) + " " + AllSame("x", "x", "y"));
        IShape s = new Square();
        Console.WriteLine(Area(s) + " " + Area(new Square()));
        Console.WriteLine(Make<List<int>>().Count + " " + Make<StringBuilder>().Append("sb").ToString() + " " + (Make<object>() != null));
        Console.WriteLine(MakeVia<Dictionary<string, int>>().Count + " " + MakeVia<Counter>().N);
        Console.WriteLine(Label(new User()));
        Use(new Resource());
        Console.WriteLine(Last(new[] { 1, 2, 3 }) + " " + Last(new List<string> { "a", "b" }));
        Console.WriteLine(Count(new List<int> { 5, 6 }) + " " + Count(new[] { 'x' }) + " " + First(new[] { 2.5 }));
    }
}
