// Equals, GetHashCode and casts to object on nullable values without a value: Nullable<T>'s
// members answer (no NullReferenceException), as in .NET.
using System;

struct Pt
{
    public int X;
    public override string ToString() { return "pt" + X; }
}

class Program
{
    static void Main()
    {
        Pt? none = null;
        Pt? some = new Pt { X = 2 };
        Console.WriteLine(none.Equals(null) + " " + none.Equals(new Pt()) + " " + none.GetHashCode());
        Console.WriteLine(some.Equals(null) + " " + some.Equals(new Pt { X = 2 }) + " " + some.Equals((object)some));
        Console.WriteLine(some.GetHashCode() == new Pt { X = 2 }.GetHashCode());
        int? n = null;
        int? m = 7;
        Console.WriteLine(n.Equals(null) + " " + n.Equals(0) + " " + n.GetHashCode() + " " + m.Equals(7) + " " + m.GetHashCode());
        object o = (object)m;
        object p = (object)none;
        Console.WriteLine(o + " " + (p == null) + " " + (object)some);
        double? nan = double.NaN;
        Console.WriteLine(nan.Equals(double.NaN) + " " + nan.Equals(null));
    }
}
