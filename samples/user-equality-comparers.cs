using System;
using System.Collections.Generic;
using System.Linq;

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() => $"({X}, {Y})";
}

class PointEq : IEqualityComparer<Point>
{
    public int HashCalls, EqualsCalls;
    public bool Equals(Point a, Point b)
    {
        EqualsCalls++;
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        return a.X == b.X && a.Y == b.Y;
    }
    public int GetHashCode(Point p)
    {
        HashCalls++;
        return p.X * 31 + p.Y;
    }
}

class CaseInsensitiveEq : IEqualityComparer<string>
{
    public bool Equals(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    public int GetHashCode(string s) => s.ToUpperInvariant().GetHashCode();
}

// Integers equal modulo 10, with explicit implementations.
class LastDigit : IEqualityComparer<int>
{
    bool IEqualityComparer<int>.Equals(int a, int b) => a % 10 == b % 10;
    int IEqualityComparer<int>.GetHashCode(int n) => n % 10;
}

// Every hash code the same: only Equals tells keys apart.
class Collide : IEqualityComparer<string>
{
    public bool Equals(string a, string b) => a == b;
    public int GetHashCode(string s) => 42;
}

class Failing : IEqualityComparer<string>
{
    public bool Equals(string a, string b) => a == b;
    public int GetHashCode(string s)
    {
        if (s == "boom") throw new InvalidOperationException("cannot hash " + s);
        return s.Length;
    }
}

class Program
{
    static int CountDistinct<T>(IEnumerable<T> items, IEqualityComparer<T> eq)
    {
        var seen = new HashSet<T>(eq);
        foreach (var x in items) seen.Add(x);
        return seen.Count;
    }

    static void Main()
    {
        var eq = new PointEq();
        var set = new HashSet<Point>(eq);
        Console.WriteLine(set.Add(new Point(1, 2)));
        Console.WriteLine(set.Add(new Point(1, 2)));
        Console.WriteLine(set.Add(new Point(2, 1)));
        Console.WriteLine(set.Contains(new Point(2, 1)));
        Console.WriteLine(set.Remove(new Point(1, 2)));
        Console.WriteLine(set.Count + " " + string.Join(" ", set));
        Console.WriteLine(eq.HashCalls + " hashes, " + eq.EqualsCalls + " equals");

        var ages = new Dictionary<string, int>(new CaseInsensitiveEq());
        ages["Ann"] = 31;
        ages["ANN"] = 32;
        ages.Add("bob", 25);
        Console.WriteLine(ages.Count + " " + ages["ann"] + " " + ages.ContainsKey("BOB"));
        Console.WriteLine(ages.TryGetValue("Bob", out var age) + " " + age);
        try
        {
            ages.Add("BOB", 1);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        foreach (var kv in ages) Console.WriteLine(kv.Key + " = " + kv.Value);

        var digits = new HashSet<int>(new[] { 1, 11, 21, 2, 12, 3 }, new LastDigit());
        Console.WriteLine(string.Join(" ", digits));
        IEqualityComparer<int> ld = new LastDigit();
        Console.WriteLine(ld.Equals(7, 17) + " " + ld.GetHashCode(57));

        var collide = new Dictionary<string, int>(new Collide());
        foreach (var w in new[] { "a", "b", "c", "a" }) collide[w] = collide.TryGetValue(w, out var n) ? n + 1 : 1;
        foreach (var kv in collide) Console.WriteLine(kv.Key + ": " + kv.Value);
        collide.Remove("b");
        Console.WriteLine(string.Join(",", collide.Keys));

        Console.WriteLine(CountDistinct(new[] { "x", "X", "y" }, new CaseInsensitiveEq()));
        Console.WriteLine(CountDistinct(new[] { "x", "X", "y" }, EqualityComparer<string>.Default));

        var words = new HashSet<string>(new[] { "Apple", "pear" }, new CaseInsensitiveEq());
        words.UnionWith(new[] { "APPLE", "Plum" });
        Console.WriteLine(string.Join(" ", words));
        Console.WriteLine(words.SetEquals(new[] { "apple", "PEAR", "plum", "Pear" }));
        Console.WriteLine(words.IsSupersetOf(new[] { "PLUM" }) + " " + words.Overlaps(new[] { "fig" }));
        words.IntersectWith(new[] { "PEAR", "plum", "kiwi" });
        Console.WriteLine(string.Join(" ", words));

        // A copy with the default comparer keeps every distinct key.
        var copy = new HashSet<string>(words);
        Console.WriteLine(copy.Contains("PEAR") + " " + copy.Contains("pear"));
        var agesCopy = new Dictionary<string, int>(ages);
        Console.WriteLine(agesCopy.ContainsKey("ann") + " " + agesCopy.Count);

        try
        {
            var bad = new HashSet<string>(new Failing()) { "ok" };
            bad.Add("boom");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
