// expect: CS0034
// `Meters + Feet` matches both operators, each better for one operand: neither is better (mcs: CS0121 "The call is ambiguous").
using System;

class Meters
{
    public double V;
    public static Meters operator +(Meters a, object b) => new Meters { V = a.V };
}

class Feet
{
    public double V;
    public static Meters operator +(object a, Feet b) => new Meters { V = b.V * 0.3048 };
}

class Program
{
    static void Main()
    {
        var m = new Meters() + new Feet();
        Console.WriteLine(m.V);
    }
}
