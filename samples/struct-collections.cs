// Struct values in HashSet, Dictionary (as keys and as values), Queue and Stack: keys and
// elements compare by value (IEquatable<T>, else field by field), every value stored or read
// out is a copy (changing a copy leaves the collection's value alone), foreach and `out`
// (TryGetValue, TryDequeue, TryPop) copy too.
using System;
using System.Collections.Generic;
struct Pt : IEquatable<Pt>
{
    public int X, Y;
    public Pt(int x, int y) { X = x; Y = y; }
    public bool Equals(Pt o) { return X == o.X && Y == o.Y; }
    public override int GetHashCode() { return X * 31 + Y; }
    public void Bump() { X += 100; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}
struct Raw { public int A; public string B; public Raw(int a, string b) { A = a; B = b; } public override string ToString() { return A + B; } }
class Program
{
    static void Main()
    {
        var set = new HashSet<Pt> { new Pt(1, 2), new Pt(1, 2), new Pt(3, 4) };
        Console.WriteLine(set.Count + " " + set.Contains(new Pt(3, 4)) + " " + set.Remove(new Pt(1, 2)) + " " + set.Count);
        foreach (var p in set) { var q = p; q.Bump(); Console.WriteLine(p + " " + q); }
        var raws = new HashSet<Raw> { new Raw(1, "a"), new Raw(1, "a"), new Raw(2, "a") };
        Console.WriteLine(raws.Count);
        var dict = new Dictionary<Pt, string>();
        dict[new Pt(5, 5)] = "five"; dict[new Pt(5, 5)] = "FIVE"; dict.Add(new Pt(6, 6), "six");
        Console.WriteLine(dict.Count + " " + dict[new Pt(5, 5)] + " " + dict.ContainsKey(new Pt(6, 6)));
        foreach (var kv in dict) Console.WriteLine(kv.Key + "=" + kv.Value);
        var byName = new Dictionary<string, Pt>();
        byName["a"] = new Pt(1, 1);
        var got = byName["a"]; got.Bump();
        Console.WriteLine(byName["a"] + " " + got + " " + byName.ContainsValue(new Pt(1, 1)));
        var queue = new Queue<Pt>(); queue.Enqueue(new Pt(7, 7)); var head = queue.Peek(); head.Bump();
        Console.WriteLine(queue.Dequeue() + " " + head + " " + queue.Count);
        var stack = new Stack<Raw>(); stack.Push(new Raw(9, "z")); stack.Push(new Raw(8, "y"));
        Console.WriteLine(stack.Pop() + " " + stack.Peek() + " " + stack.Contains(new Raw(9, "z")));
        foreach (var k in dict.Keys) Console.Write(k + ";");
        foreach (var v in byName.Values) Console.Write(v + ";");
        Console.WriteLine();
        // `out` hands out a copy, or a zeroed struct when there is nothing to hand out.
        if (byName.TryGetValue("a", out var found)) { found.Bump(); Console.WriteLine(found + " " + byName["a"]); }
        Console.WriteLine(byName.TryGetValue("zz", out Pt missing) + " " + missing);
        Pt viaRef;
        Console.WriteLine(Find(byName, "a", out viaRef) + " " + viaRef + " " + Find(byName, "b", out viaRef) + " " + viaRef);
        Console.WriteLine(queue.TryDequeue(out var none) + " " + none);
        queue.Enqueue(new Pt(5, 6));
        Console.WriteLine(queue.TryPeek(out var first) + " " + first + " " + stack.TryPop(out var popped) + " " + popped);
        Console.WriteLine(byName.Remove("a", out var removed) + " " + removed + " " + byName.Count);
    }

    static bool Find(Dictionary<string, Pt> d, string key, out Pt p)
    {
        return d.TryGetValue(key, out p);
    }
}
