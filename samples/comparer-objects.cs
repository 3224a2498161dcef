// Comparer objects kept and passed: EqualityComparer<T>.Default and Comparer<T>.Default in
// variables and fields, Comparer<T>.Create, StringComparer where an IEqualityComparer<T> or
// IComparer<T> goes (sets, dictionaries, Sort, OrderBy, the program's own methods).
using System;
using System.Collections.Generic;
using System.Linq;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() => $"({X},{Y})";
}

class TopK<T>
{
    private readonly IComparer<T> _cmp = Comparer<T>.Default;
    private readonly List<T> _items = new List<T>();
    private readonly int _k;

    public TopK(int k) { _k = k; }
    public TopK(int k, IComparer<T> cmp) { _k = k; _cmp = cmp; }

    public void Add(T item)
    {
        int i = 0;
        while (i < _items.Count && _cmp.Compare(_items[i], item) >= 0) i++;
        _items.Insert(i, item);
        if (_items.Count > _k) _items.RemoveAt(_k);
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}

class Program
{
    static List<T> Dedupe<T>(IEnumerable<T> items, IEqualityComparer<T> eq)
    {
        var kept = new List<T>();
        foreach (var item in items)
        {
            bool seen = false;
            foreach (var k in kept)
                if (eq.Equals(k, item)) { seen = true; break; }
            if (!seen) kept.Add(item);
        }
        return kept;
    }

    static IComparer<T> By<T>(Func<T, int> key) => Comparer<T>.Create((a, b) => key(a).CompareTo(key(b)));

    static T MaxBy<T>(IEnumerable<T> items, IComparer<T> cmp)
    {
        var best = default(T);
        bool first = true;
        foreach (var item in items)
        {
            if (first || cmp.Compare(item, best) > 0) best = item;
            first = false;
        }
        return best;
    }

    static bool AllSame<T>(T[] values)
    {
        var eq = EqualityComparer<T>.Default;
        for (int i = 1; i < values.Length; i++)
            if (!eq.Equals(values[0], values[i])) return false;
        return true;
    }

    static void Main()
    {
        var tags = new[] { "Async", "await", "ASYNC", "Task", "task", "ValueTask" };
        Console.WriteLine("dedupe ordinal:      " + string.Join(" ", Dedupe(tags, EqualityComparer<string>.Default)));
        Console.WriteLine("dedupe ignore case:  " + string.Join(" ", Dedupe(tags, StringComparer.OrdinalIgnoreCase)));
        var set = new HashSet<string>(tags, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine($"set of {set.Count}: {string.Join(" ", set)}");
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in tags) counts[t] = counts.TryGetValue(t, out var n) ? n + 1 : 1;
        Console.WriteLine(string.Join(" ", counts.Select(kv => $"{kv.Key}={kv.Value}")));

        var top = new TopK<int>(3);
        foreach (var x in new[] { 5, 1, 9, 3, 7, 2, 8 }) top.Add(x);
        Console.WriteLine($"top 3: {top}");
        var shortest = new TopK<string>(2, Comparer<string>.Create((a, b) => b.Length.CompareTo(a.Length)));
        foreach (var t in tags) shortest.Add(t);
        Console.WriteLine($"2 shortest: {shortest}");

        var points = new List<Point> { new Point(3, 1), new Point(-4, 2), new Point(1, 1), new Point(2, -5) };
        var byX = By<Point>(p => p.X);
        var byDistance = By<Point>(p => p.X * p.X + p.Y * p.Y);
        points.Sort(byX);
        Console.WriteLine("by x:        " + string.Join(" ", points));
        Console.WriteLine("by distance: " + string.Join(" ", points.OrderBy(p => p, byDistance)));
        Console.WriteLine($"farthest {MaxBy(points, byDistance)}, rightmost {MaxBy(points, byX)}");
        var nearest = new TopK<Point>(2, Comparer<Point>.Create((a, b) => byDistance.Compare(b, a)));
        foreach (var p in points) nearest.Add(p);
        Console.WriteLine($"2 nearest: {nearest}");

        var words = new List<string> { "pear", "Fig", "apple", "fig" };
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine("ordinal: " + string.Join(" ", words));
        words.Sort(Comparer<string>.Default);
        Console.WriteLine("default: " + string.Join(" ", words));
        Console.WriteLine("by length desc: " + string.Join(" ", words.OrderByDescending(w => w.Length, Comparer<int>.Default)));

        Console.WriteLine($"{AllSame(new[] { 1, 1, 1 })} {AllSame(new[] { "a", "b" })} {AllSame(new[] { new Point(1, 2), new Point(1, 2) })}");
        IComparer<int> ints = Comparer<int>.Default;
        IEqualityComparer<Point> points2 = EqualityComparer<Point>.Default;
        Console.WriteLine($"{ints.Compare(2, 10)} {points2.Equals(new Point(1, 1), new Point(1, 1))} {points2.GetHashCode(new Point(1, 1)) == points2.GetHashCode(new Point(1, 1))}");
        var unique = new HashSet<Point>(points.Concat(points), EqualityComparer<Point>.Default);
        Console.WriteLine($"unique points: {unique.Count}");
    }
}
