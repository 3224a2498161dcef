using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// `ref`, `out` and `in` parameters of the program's own methods. A by-reference parameter is
// the caller's variable itself: a local or a parameter (also one passed on by reference), a
// field of an object (also of a temporary), a static field, an array element, a struct
// variable or its field. Writes are seen at once through every alias (`Twice(ref z, ref z)`),
// and still seen when the callee throws after writing. An async method passes its locals by
// reference to synchronous methods and keeps what they wrote across later awaits.
class Counter
{
    public int Count;
    public string Label = "counter";
}

struct Point
{
    public int X;
    public int Y;
    public void Shift(ref int by) { X += by; by = 0; }
}

abstract class Shape
{
    public abstract bool TryArea(out double area);
}

class Square : Shape
{
    private readonly double side;
    public Square(double side) { this.side = side; }
    public override bool TryArea(out double area) { area = side * side; return side > 0; }
}

class Holder
{
    public int Value;
    public Holder(ref int seed, out bool took) { Value = seed; seed = 0; took = true; }
}

static class Program
{
    static int total;

    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static void Swap(ref string a, ref string b) { string t = a; a = b; b = t; }

    static bool TryHalf(int n, out int half)
    {
        if (n % 2 != 0) { half = 0; return false; }
        half = n / 2;
        return true;
    }

    static void MinMax(int[] xs, out int min, out int max)
    {
        min = int.MaxValue;
        max = int.MinValue;
        foreach (int x in xs) { if (x < min) min = x; if (x > max) max = x; }
    }

    static int Sum(in Point p) => p.X + p.Y;
    static void Bump(ref int x) { x++; }
    static void BumpTwice(ref int x) { Bump(ref x); Bump(ref x); }
    static void Twice(ref int a, ref int b) { b = 5; a = a + 1; }
    static void Fail(ref int x) { x = 42; throw new InvalidOperationException("after the write"); }
    static void Reset(ref Point p) { p = new Point { X = -1, Y = -2 }; }
    static void Grow(ref List<int> list) { if (list == null) list = new List<int>(); list.Add(list.Count); }
    static void ParseOr(string s, out int n) { if (!int.TryParse(s, out n)) n = -1; }
    static Counter Make() { var c = new Counter(); Console.WriteLine("made " + c.Label); return c; }
    static void Bump(int x) { Console.WriteLine("by value " + x); }
    static void Produce(out string s, bool fail) { if (fail) throw new InvalidOperationException("no value"); s = "produced"; }
    static void Corner(out Point p) { p.X = 1; p.Y = 1; }
    static void HalfCorner(out Point p, int x) { p.X = x; if (x < 0) throw new ArgumentException("negative"); p.Y = x; }

    static async Task<int> Later(int x) { await Task.Yield(); return x; }

    static async Task Accumulate()
    {
        int sum = 0, steps = 0;
        for (int i = 1; i <= 3; i++)
        {
            int got = await Later(sum + i);
            Swap(ref sum, ref got);
            sum += got;
            Bump(ref steps);
            await Task.Delay(1);
        }
        int half;
        bool even = TryHalf(sum, out half);
        await Task.Yield();
        Console.WriteLine("async: sum " + sum + ", steps " + steps + ", half " + half + " " + even);
    }

    static async Task Main()
    {
        Sync();
        await Accumulate();
    }

    static void Sync()
    {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        string s = "left", t = "right";
        Swap(ref s, ref t);
        Console.WriteLine(x + " " + y + " " + s + " " + t);

        if (TryHalf(10, out var h)) Console.WriteLine("half " + h);
        Console.WriteLine(TryHalf(7, out int h2) + " " + h2);
        TryHalf(4, out _);
        MinMax(new[] { 4, -2, 9, 0 }, out int lo, out int hi);
        Console.WriteLine("min " + lo + " max " + hi);

        var p = new Point { X = 3, Y = 4 };
        Console.WriteLine("sum " + Sum(p) + " " + Sum(in p) + " " + Sum(new Point { X = 10 }));

        BumpTwice(ref x);
        Bump(x);
        int z = 0;
        Twice(ref z, ref z);
        Console.WriteLine("x " + x + " z " + z);

        int w = 0;
        try { Fail(ref w); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message + ": " + w); }

        var c = new Counter();
        Bump(ref c.Count);
        BumpTwice(ref c.Count);
        Bump(ref Make().Count);
        Bump(ref total);
        Bump(ref total);
        Console.WriteLine("count " + c.Count + " total " + total);

        int[] arr = { 1, 2, 3 };
        Bump(ref arr[1]);
        Swap(ref arr[0], ref arr[2]);
        Console.WriteLine(string.Join(",", arr));
        try { Bump(ref arr[3]); }
        catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
        Counter none = null;
        try { Bump(ref none.Count); }
        catch (NullReferenceException) { Console.WriteLine("null object"); }

        int by = 5;
        p.Shift(ref by);
        Bump(ref p.Y);
        Console.WriteLine("point " + p.X + "," + p.Y + " by " + by);
        Reset(ref p);
        Console.WriteLine("point " + p.X + "," + p.Y);

        List<int> list = null;
        Grow(ref list);
        Grow(ref list);
        Console.WriteLine("list " + list.Count);

        ParseOr("12", out int n1);
        ParseOr("x", out int n2);
        Console.WriteLine(n1 + " " + n2);

        Shape sq = new Square(1.5);
        if (sq.TryArea(out double area)) Console.WriteLine("area " + area);

        string kept = "kept";
        try { Produce(out kept, true); }
        catch (InvalidOperationException) { Console.WriteLine(kept); }
        Produce(out kept, false);
        Corner(out Point q);
        Console.WriteLine(kept + " " + q.X + "," + q.Y);
        // An out struct is the variable itself: a callee that throws halfway leaves the rest.
        q = new Point { X = 7, Y = 8 };
        try { HalfCorner(out q, -5); } catch (ArgumentException) { }
        Console.WriteLine(q.X + "," + q.Y);

        int seed = 7;
        var holder = new Holder(ref seed, out bool took);
        Console.WriteLine(holder.Value + " " + seed + " " + took);
    }
}
