using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }

    public static bool operator ==(Point a, Point b)
    {
        Console.WriteLine("  op_Equality");
        if (ReferenceEquals(a, b)) return true;
        if ((object)a == null || (object)b == null) return false;
        return a.X == b.X && a.Y == b.Y;
    }

    public static bool operator !=(Point a, Point b) => !(a == b);

    public override bool Equals(object o) => o is Point p && this == p;
    public override int GetHashCode() => X * 31 + Y;
    public override string ToString() => "(" + X + ", " + Y + ")";
}

class Named : Point
{
    public string Name;
    public Named(string name, int x, int y) : base(x, y) { Name = name; }
}

class Plain
{
    public int V;
}

class Program
{
    static async Task<Point> Make(int x, int y)
    {
        await Task.Delay(1);
        return new Point(x, y);
    }

    static async Task Main()
    {
        var p = new Point(1, 2);
        var q = new Point(1, 2);
        Point none = null;
        Console.WriteLine(p == q);
        Console.WriteLine(p != q);
        Console.WriteLine((object)p == (object)q);
        Console.WriteLine(p == null);
        Console.WriteLine(none == null);
        Console.WriteLine(null != none);
        Console.WriteLine(p.Equals(q));
        Named n = new Named("n", 1, 2);
        Console.WriteLine(n == p);
        var a = new Plain { V = 1 };
        var b = new Plain { V = 1 };
        Console.WriteLine(a == b);
        Console.WriteLine(a == a);
        var list = new List<Point> { new Point(3, 4), p };
        Console.WriteLine(list.Contains(new Point(1, 2)));
        Console.WriteLine(list.IndexOf(new Point(3, 4)));
        Point r = await Make(1, 2);
        Console.WriteLine(r == p && await Make(5, 5) != p);
        if (await Make(0, 0) == new Point(0, 0))
        {
            Console.WriteLine("origin");
        }
        Point m = none ?? await Make(7, 8);
        Console.WriteLine(m);
    }
}
