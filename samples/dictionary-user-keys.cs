using System;
using System.Collections.Generic;

class Point
{
    public static int Hashes;
    public readonly int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override bool Equals(object o)
    {
        return o is Point p && p.X == X && p.Y == Y;
    }
    public override int GetHashCode()
    {
        Hashes++;
        return X * 31 + Y;
    }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

// Same hash for every instance: lookups must fall back to Equals.
class Clash
{
    public readonly string Name;
    public Clash(string name) { Name = name; }
    public override bool Equals(object o) { return o is Clash c && c.Name == Name; }
    public override int GetHashCode() { return 7; }
    public override string ToString() { return Name; }
}

// Overrides only Equals: the hash stays per object, so equal-but-distinct objects stay apart.
class OnlyEquals
{
    public override bool Equals(object o) { return o is OnlyEquals; }
    public override int GetHashCode() { return base.GetHashCode(); }
}

class Angry
{
    public int Id;
    public override bool Equals(object o) { return o is Angry a && a.Id == Id; }
    public override int GetHashCode()
    {
        if (Id < 0) throw new InvalidOperationException("no hash for " + Id);
        return Id;
    }
}

// Prints each comparison: linear searches call element.Equals(value) in a fixed order.
class Tag
{
    public readonly string Name;
    public Tag(string name) { Name = name; }
    public override bool Equals(object o)
    {
        Console.Write(Name + "? ");
        return o is Tag t && t.Name == Name;
    }
    public override int GetHashCode() { return Name.Length; }
}

interface INamed { string Name { get; } }
class Named : INamed
{
    public string Name { get; set; }
    public override bool Equals(object o) { return o is Named n && n.Name == Name; }
    public override int GetHashCode() { return Name.Length; }
}

static class Program
{
    static void Main()
    {
        var d = new Dictionary<Point, string>();
        d.Add(new Point(1, 2), "a");
        d[new Point(3, 4)] = "b";
        d[new Point(1, 2)] = "a2";
        Console.WriteLine(d.Count + " " + d[new Point(1, 2)] + " " + d[new Point(3, 4)]);
        Console.WriteLine(d.ContainsKey(new Point(3, 4)) + " " + d.ContainsKey(new Point(4, 3)));
        string v;
        Console.WriteLine(d.TryGetValue(new Point(3, 4), out v) + " " + v);
        Console.WriteLine("hashes so far: " + Point.Hashes);
        try { d.Add(new Point(1, 2), "dup"); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(d[new Point(9, 9)]); }
        catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(d.Remove(new Point(1, 2)) + " " + d.Remove(new Point(1, 2)) + " " + d.Count);
        d.TryAdd(new Point(5, 6), "c");
        d.TryAdd(new Point(5, 6), "d");
        foreach (var kv in d) Console.WriteLine(kv.Key + " => " + kv.Value);
        Console.WriteLine("hashes: " + Point.Hashes);

        var set = new HashSet<Point> { new Point(0, 0), new Point(0, 0), new Point(1, 1) };
        Console.WriteLine(set.Count + " " + set.Contains(new Point(1, 1)) + " " + set.Add(new Point(1, 1)));
        Console.WriteLine(set.Remove(new Point(0, 0)) + " " + set.Count);
        for (int i = 0; i < 200; i++) set.Add(new Point(i % 10, i % 7));
        Console.WriteLine(set.Count);

        var clashes = new HashSet<Clash>();
        foreach (var n in new[] { "x", "y", "x", "z", "y" }) clashes.Add(new Clash(n));
        Console.WriteLine(clashes.Count + " " + clashes.Contains(new Clash("z")) + " " + clashes.Contains(new Clash("w")));
        clashes.Remove(new Clash("y"));
        clashes.Add(new Clash("w"));
        foreach (var c in clashes) Console.Write(c + " ");
        Console.WriteLine();

        var oe = new HashSet<OnlyEquals>();
        var one = new OnlyEquals();
        oe.Add(one);
        oe.Add(one);
        Console.WriteLine(oe.Count + " " + oe.Contains(one));

        var angry = new Dictionary<Angry, int>();
        angry[new Angry { Id = 1 }] = 1;
        try { angry[new Angry { Id = -2 }] = 2; }
        catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); }
        Console.WriteLine(angry.Count + " " + angry[new Angry { Id = 1 }]);

        var byName = new Dictionary<INamed, int>();
        byName[new Named { Name = "ab" }] = 1;
        byName[new Named { Name = "ab" }] += 10;
        byName[new Named { Name = "cd" }] = 2;
        Console.WriteLine(byName.Count + " " + byName[new Named { Name = "ab" }]);

        var q = new Queue<Tag>();
        var st = new Stack<Tag>();
        var byId = new Dictionary<int, Tag>();
        foreach (var n in new[] { "a", "b", "c" })
        {
            q.Enqueue(new Tag(n));
            st.Push(new Tag(n));
            byId[byId.Count] = new Tag(n);
        }
        Console.WriteLine(q.Contains(new Tag("b")));
        Console.WriteLine(st.Contains(new Tag("b")));
        Console.WriteLine(byId.ContainsValue(new Tag("c")));
        Console.WriteLine(q.Contains(new Tag("z")));
        Console.WriteLine(q.Contains(null) + " " + byId.ContainsValue(null));
    }
}
