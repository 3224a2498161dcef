// User classes implementing IEnumerable<T>: foreach (a finally in the iterator runs on break),
// LINQ, string.Join, new List<T>(x), IEnumerable<T> variables and parameters, a generic Bag<T>
// with two type arguments, a virtual GetEnumerator overridden, an explicit implementation,
// collection initializers calling the class's Add.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Words : IEnumerable<string>
{
    public IEnumerator<string> GetEnumerator()
    {
        try
        {
            yield return "a";
            yield return "b";
            yield return "c";
        }
        finally { Console.WriteLine("Words finally"); }
    }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class Bag<T> : IEnumerable<T>
{
    List<T> items = new List<T>();
    public void Add(T x) { items.Add(x); }
    public IEnumerator<T> GetEnumerator()
    {
        foreach (var x in items) yield return x;
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Tally : IEnumerable<int>
{
    List<int> seen = new List<int>();
    public bool Add(int x)
    {
        if (seen.Contains(x)) return false;
        seen.Add(x);
        return true;
    }
    public IEnumerator<int> GetEnumerator() { foreach (var x in seen) yield return x; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Base : IEnumerable<int>
{
    public virtual IEnumerator<int> GetEnumerator() { yield return 1; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Derived : Base
{
    public override IEnumerator<int> GetEnumerator() { yield return 10; yield return 20; }
}

class Hidden : IEnumerable<double>
{
    IEnumerator<double> IEnumerable<double>.GetEnumerator() { yield return 1.5; yield return 2.25; }
    IEnumerator IEnumerable.GetEnumerator() { return ((IEnumerable<double>)this).GetEnumerator(); }
}

class Chars : IEnumerable<char>
{
    public IEnumerator<char> GetEnumerator() { foreach (var c in "hey") yield return c; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Program
{
    static int Sum(IEnumerable<int> xs)
    {
        int s = 0;
        foreach (var x in xs) s += x;
        return s;
    }

    static void Main()
    {
        foreach (var w in new Words())
        {
            Console.WriteLine(w);
            if (w == "b") break;
        }
        IEnumerable<string> ws = new Words();
        Console.WriteLine(string.Join("+", ws));
        Console.WriteLine(ws.First());
        Console.WriteLine(new Words().Count());
        var list = new List<string>(new Words());
        Console.WriteLine(list.Count);
        IEnumerable<object> objs = new Words();
        foreach (var o in objs) Console.WriteLine(o);

        var b = new Bag<int>();
        b.Add(1); b.Add(2); b.Add(3);
        var s = new Bag<string>();
        s.Add("x"); s.Add("y");
        foreach (var x in b) Console.WriteLine(x);
        Console.WriteLine(string.Join("-", s));
        Console.WriteLine(Sum(b));
        Console.WriteLine(b.Select(x => x * x).Sum());
        Console.WriteLine(string.Join(",", s.Select(x => x.ToUpper())));
        Console.WriteLine(b.Where(x => x > 1).ToList().Count);
        Console.WriteLine(string.Join(",", from x in b where x != 2 select x * 10));

        var init = new Bag<string> { "p", "q", "r" };
        Console.WriteLine(string.Join("", init));
        var t = new Tally { 3, 1, 3, 2, 1 };
        Console.WriteLine(string.Join(",", t) + " " + t.Count());

        foreach (var x in new Derived()) Console.WriteLine(x);
        Base d = new Derived();
        Console.WriteLine(string.Join(",", d));
        Console.WriteLine(Sum(d));
        Console.WriteLine(new Derived().OrderByDescending(x => x).First());

        foreach (var x in new Hidden()) Console.WriteLine(x);
        Console.WriteLine(new Hidden().Sum());
        Console.WriteLine(string.Join("|", new Chars()));
        Console.WriteLine(new string(new Chars().Reverse().ToArray()));

        object o2 = new Derived();
        Console.WriteLine(o2 is IEnumerable<int>);
        Console.WriteLine(o2 is IEnumerable<string>);
        Console.WriteLine(new Words() is IEnumerable<object>);
    }
}
