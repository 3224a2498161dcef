// `Array.Copy`, `Array.Clear`, `Array.Fill` and `Clone()` of arrays of `char`, `double`,
// `float`, `long` and `byte` (words that are no objects: none is taken for a struct), and of
// an array of structs (each element copied).
using System;

struct Pt
{
    public int X;
    public override string ToString() { return "Pt" + X; }
}

static class Program
{
    static T[] Reversed<T>(T[] items)
    {
        var copy = new T[items.Length];
        Array.Copy(items, copy, items.Length);
        Array.Reverse(copy);
        return copy;
    }

    static void Main()
    {
        var chars = "hello".ToCharArray();
        var c = new char[chars.Length];
        Array.Copy(chars, c, chars.Length);
        Console.WriteLine(new string(c) + " " + new string(Reversed(chars)));
        var d = new[] { 1.5, 2.5, 3.5 };
        var d2 = new double[5];
        Array.Copy(d, 0, d2, 2, 3);
        Console.WriteLine(string.Join(",", d2));
        var f = new[] { 0.25f, 0.5f };
        Console.WriteLine(string.Join(",", (float[])f.Clone()));
        var l = new long[] { 1L << 40, 2 };
        Array.Clear(l, 0, 1);
        Console.WriteLine(string.Join(",", l));
        var b = new byte[3];
        Array.Fill(b, (byte)7);
        Console.WriteLine(string.Join(",", b));
        var pts = new[] { new Pt { X = 1 }, new Pt { X = 2 } };
        var copy = Reversed(pts);
        copy[0].X = 9;
        Console.WriteLine(string.Join(",", pts) + " " + string.Join(",", copy));
    }
}
