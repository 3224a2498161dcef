using System;
using System.Collections.Generic;
using System.Linq;

// Iterators of a struct (the iterator works on a copy of `this`), a recursive iterator over a
// tree, lambdas capturing an iterator's locals, struct elements, yield inside switch and lock,
// foreach over IEnumerable<T> variables holding lists (disposed, still checked for changes),
// an exception thrown from the iterator's body.

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public IEnumerable<int> Coords()
    {
        yield return X;
        X = 100;
        yield return Y;
    }
    public override string ToString() => "(" + X + "," + Y + ")";
}

class Node
{
    public int Value;
    public Node Left, Right;
    public Node(int v, Node l = null, Node r = null) { Value = v; Left = l; Right = r; }
    public IEnumerable<int> InOrder()
    {
        if (Left != null)
            foreach (var x in Left.InOrder())
                yield return x;
        yield return Value;
        if (Right != null)
            foreach (var x in Right.InOrder())
                yield return x;
    }
}

class Program
{
    static IEnumerable<Func<int>> Makers(int n)
    {
        for (int i = 0; i < n; i++)
        {
            int j = i * n;
            yield return () => j + i;
        }
    }

    static IEnumerable<Point> Points()
    {
        var p = new Point(1, 2);
        yield return p;
        p.X = 50;
        yield return p;
    }

    static IEnumerable<string> Switchy(int[] xs)
    {
        foreach (var x in xs)
        {
            switch (x)
            {
                case 0: yield return "zero"; break;
                case 1: yield return "one"; continue;
                default:
                    lock (xs) { yield return "many:" + x; }
                    break;
            }
        }
    }

    static IEnumerable<int> Thrower()
    {
        yield return 1;
        throw new InvalidOperationException("inside the iterator");
    }

    static void Main()
    {
        var pt = new Point(3, 4);
        var coords = pt.Coords();
        pt.X = 7;
        Console.WriteLine(string.Join(",", coords) + " " + pt);
        var tree = new Node(4, new Node(2, new Node(1), new Node(3)), new Node(6, new Node(5)));
        Console.WriteLine(string.Join(" ", tree.InOrder()));
        Console.WriteLine(string.Join(" ", Makers(3).Select(f => f())));
        var got = new List<Point>();
        foreach (var p in Points())
            got.Add(p);
        got[0] = new Point(9, 9);
        Console.WriteLine(string.Join(" ", got));
        Console.WriteLine(string.Join(" ", Switchy(new[] { 0, 1, 2 })));
        IEnumerable<int> list = new List<int> { 1, 2, 3 };
        foreach (var x in list)
            Console.Write(x);
        Console.WriteLine();
        var l2 = new List<int> { 1, 2 };
        IEnumerable<int> e2 = l2;
        try
        {
            foreach (var x in e2)
                l2.Add(x);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            foreach (var x in Thrower())
                Console.WriteLine(x);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
