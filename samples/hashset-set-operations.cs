using System;
// HashSet<T>'s set operations: UnionWith, ExceptWith and IntersectWith and the slots they free
// (removals in slot order, reused last-freed-first; Clear when the other collection is a known
// empty ICollection<T>, so an empty queue differs from an empty array), SetEquals, IsSubsetOf,
// IsSupersetOf, Overlaps, null elements, objects by reference, a null argument, and which
// operations stop a running foreach (.NET 5+: removals do not).
using System.Collections.Generic;

class Tag { public string Name; public Tag(string n) { Name = n; } public override string ToString() { return Name; } }

static class Program
{
    static string Show(HashSet<int> s) { return "{" + string.Join(",", s) + "} Count=" + s.Count; }

    static void Main()
    {
        var a = new HashSet<int> { 1, 2, 3, 4 };
        a.UnionWith(new[] { 4, 5, 6, 5 });
        Console.WriteLine("union " + Show(a));
        a.ExceptWith(new List<int> { 2, 5, 42 });
        Console.WriteLine("except " + Show(a));
        a.Add(7);
        a.Add(8);
        Console.WriteLine("refill " + Show(a));
        a.IntersectWith(new HashSet<int> { 8, 1, 6, 99 });
        Console.WriteLine("intersect " + Show(a));
        a.Add(10);
        a.Add(11);
        Console.WriteLine("refill " + Show(a));

        var b = new HashSet<int> { 1, 2, 3 };
        b.IntersectWith(new int[0]);
        b.Add(9); b.Add(8);
        Console.WriteLine("intersect with nothing, then add " + Show(b));
        var c = new HashSet<int> { 1, 2, 3 };
        c.IntersectWith(new Queue<int>());
        c.Add(9); c.Add(8);
        Console.WriteLine("intersect with an empty queue, then add " + Show(c));
        var e = new HashSet<int> { 1, 2, 3 };
        e.ExceptWith(e);
        e.Add(5);
        Console.WriteLine("except itself " + Show(e));

        var x = new HashSet<int> { 1, 2, 3 };
        Console.WriteLine(x.SetEquals(new[] { 3, 2, 1, 1 }) + " " + x.SetEquals(new[] { 1, 2 }) + " " + x.SetEquals(x));
        Console.WriteLine(x.IsSubsetOf(new[] { 1, 2, 3, 4 }) + " " + x.IsSubsetOf(new[] { 1, 2 }) + " " + new HashSet<int>().IsSubsetOf(new int[0]));
        Console.WriteLine(x.IsSupersetOf(new[] { 1, 2 }) + " " + x.IsSupersetOf(new[] { 1, 5 }) + " " + x.IsSupersetOf(new int[0]));
        Console.WriteLine(x.Overlaps(new[] { 7, 3 }) + " " + x.Overlaps(new[] { 7, 8 }) + " " + x.Overlaps(new int[0]));

        var words = new HashSet<string> { "a", null, "b" };
        words.IntersectWith(new[] { null, "b", "c" });
        Console.WriteLine(string.Join("|", words) + " " + words.Count);
        var t1 = new Tag("t1"); var t2 = new Tag("t2");
        var tags = new HashSet<Tag> { t1, t2 };
        tags.ExceptWith(new[] { new Tag("t1"), t2 });
        Console.WriteLine(string.Join(",", tags));
        try { x.UnionWith(null); } catch (ArgumentNullException ex) { Console.WriteLine(ex.Message); }
        try { foreach (var i in x) x.UnionWith(new[] { 100 }); } catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        foreach (var i in x) x.ExceptWith(new[] { i });
        Console.WriteLine("ExceptWith during foreach: " + Show(x));
    }
}
