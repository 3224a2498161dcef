// expect: CS1648, CS1650
// A member of a readonly struct field (instance and static) is assigned outside a constructor.
using System;

struct Point
{
    public int X;
}

class Holder
{
    public readonly Point P;
    public static readonly Point Origin;
}

class Program
{
    static void Main()
    {
        var h = new Holder();
        h.P.X = 1;
        Holder.Origin.X = 2;
        Console.WriteLine(h.P.X + Holder.Origin.X);
    }
}
