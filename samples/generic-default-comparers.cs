// EqualityComparer<T>.Default and Comparer<T>.Default called directly in generic code, and
// default parameter values of a type parameter (`T fallback = default`).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Version : IComparable<Version>, IEquatable<Version>
{
    public readonly int Major, Minor;
    public Version(int major, int minor) { Major = major; Minor = minor; }
    public int CompareTo(Version other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);
    public bool Equals(Version other) { Console.WriteLine("  Equals(Version)"); return other != null && Major == other.Major && Minor == other.Minor; }
    public override string ToString() => Major + "." + Minor;
}

struct Money
{
    public long Cents;
    public Money(long cents) { Cents = cents; }
    public override string ToString() => (Cents / 100.0).ToString("F2");
}

class Plain { }

class Observable<T>
{
    T value;
    public int Changes;
    public bool Set(T v)
    {
        if (EqualityComparer<T>.Default.Equals(value, v)) return false;
        value = v;
        Changes++;
        return true;
    }
}

static class Algo
{
    public static T Max<T>(IEnumerable<T> items, T seed = default)
    {
        T best = seed;
        foreach (var x in items)
            if (Comparer<T>.Default.Compare(x, best) > 0) best = x;
        return best;
    }

    public static int IndexOf<T>(List<T> xs, T item)
    {
        for (int i = 0; i < xs.Count; i++)
            if (EqualityComparer<T>.Default.Equals(xs[i], item)) return i;
        return -1;
    }

    public static async Task<T> OrDefault<T>(Task<T> task, T fallback = default)
    {
        try { return await task; }
        catch (InvalidOperationException) { return fallback; }
    }

    public static int Hash<T>(T x) => EqualityComparer<T>.Default.GetHashCode(x);
}

class Program
{
    static async Task<int> Fails() { await Task.Yield(); throw new InvalidOperationException(); }

    static async Task Main()
    {
        var name = new Observable<string>();
        Console.WriteLine(name.Set(null) + " " + name.Set("ann") + " " + name.Set("ann") + " " + name.Set(null) + " " + name.Changes);
        var n = new Observable<double>();
        Console.WriteLine(n.Set(0.0) + " " + n.Set(double.NaN) + " " + n.Set(double.NaN) + " " + n.Changes);
        var v = new Observable<Version>();
        Console.WriteLine(v.Set(new Version(1, 2)));
        Console.WriteLine(v.Set(new Version(1, 2)) + " " + v.Changes);
        var m = new Observable<Money>();
        Console.WriteLine(m.Set(new Money(0)) + " " + m.Set(new Money(150)) + " " + m.Set(new Money(150)) + " " + m.Changes);
        var o = new Observable<int?>();
        Console.WriteLine(o.Set(null) + " " + o.Set(3) + " " + o.Set(3) + " " + o.Changes);

        Console.WriteLine(Algo.Max(new[] { 3, 9, 2 }) + " " + Algo.Max(new List<int>(), -1));
        Console.WriteLine(Algo.Max(new[] { "pear", "Apple", "banana" }) + " " + (Algo.Max(new string[0]) == null));
        Console.WriteLine(Algo.Max(new[] { new Version(1, 9), new Version(2, 0), new Version(1, 10) }));
        Console.WriteLine(Algo.Max(new[] { 1.5, double.NaN, -2.0 }) + " " + Algo.Max(new[] { 'x', 'b' }) + " " + Algo.Max(new[] { false, true }));
        Console.WriteLine(Comparer<string>.Default.Compare("a", "B") + " " + Comparer<string>.Default.Compare(null, "a") + " " + Comparer<int>.Default.Compare(5, 5) + " " + Comparer<long>.Default.Compare(7L, 2L));

        Console.WriteLine(Algo.IndexOf(new List<string> { "a", null, "c" }, null) + " " + Algo.IndexOf(new List<int> { 4, 5 }, 5) + " " + Algo.IndexOf(new List<Version> { new Version(0, 1) }, new Version(0, 1)));
        Console.WriteLine(Algo.Hash(42) + " " + Algo.Hash<string>(null) + " " + Algo.Hash(true) + " " + Algo.Hash(7L));

        Console.WriteLine(await Algo.OrDefault(Fails()) + " " + await Algo.OrDefault(Fails(), 5) + " " + await Algo.OrDefault(Task.FromResult("ok")));
        Console.WriteLine(await Algo.OrDefault(Task.FromResult(new Money(250))) + " " + await Algo.OrDefault<Money>(Task.FromException<Money>(new InvalidOperationException())));

        try { Console.WriteLine(Algo.Max(new[] { new Plain(), new Plain() })); }
        catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
    }
}
