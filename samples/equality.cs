using System;
using System.Threading.Tasks;

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override bool Equals(object obj)
    {
        Point p = obj as Point;
        return p != null && p.X == X && p.Y == Y;
    }
    public override int GetHashCode() { return X * 31 + Y; }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

class Plain { }

class Point3 : Point
{
    public Point3(int x, int y) : base(x, y) { }
}

static class Program
{
    static async Task<object> Later(object o) { await Task.Delay(1); return o; }

    static async Task Main()
    {
        object a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        Console.WriteLine(a == b);
        Console.WriteLine(a.Equals(b) + " " + a.Equals(c) + " " + a.Equals(null));
        Console.WriteLine(object.Equals(a, b) + " " + object.Equals(null, null) + " " + object.Equals(a, null));
        Console.WriteLine(object.ReferenceEquals(a, b) + " " + object.ReferenceEquals(a, a));
        Point3 p3 = new Point3(1, 2);
        Console.WriteLine(p3.Equals(a) + " " + a.Equals(p3) + " " + a.GetHashCode() + " " + 7.GetHashCode() + " " + true.GetHashCode() + " " + (-3L).GetHashCode() + " " + 1.5.GetHashCode() + " " + (object.Equals("ab".GetHashCode(), ("a" + "b").GetHashCode())));
        var plain = new Plain();
        object plain2 = plain;
        Console.WriteLine(plain.Equals(plain2) + " " + plain.Equals(new Plain()));
        object s1 = "ab" + a.ToString(), s2 = "ab" + b.ToString();
        Console.WriteLine(s1 == s2);
        Console.WriteLine(s1.Equals(s2) + " " + "x".Equals("x") + " " + object.Equals(s1, s2));
        int five = 5;
        object boxed = 5;
        Console.WriteLine(five.Equals(5) + " " + five.Equals(boxed) + " " + boxed.Equals(5) + " " + boxed.Equals(5L));
        double zero = 0; double nan = zero / zero;
        Console.WriteLine((nan == nan) + " " + nan.Equals(nan) + " " + 0.0.Equals(-0.0));
        object later = await Later(new Point(3, 4));
        Console.WriteLine(later.Equals(new Point(3, 4)) + " " + (await Later(7)).Equals(7));
        object none = null;
        try { none.Equals(a); }
        catch (NullReferenceException) { Console.WriteLine("NRE"); }
    }
}
