// expect: CS0216
// `operator ==` needs a matching `operator !=` with the same parameter types.
using System;

class Point
{
    public int X;
    public static bool operator ==(Point a, Point b) => a.X == b.X;
    public override bool Equals(object o) => o is Point p && p.X == X;
    public override int GetHashCode() => X;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Point() == new Point());
    }
}
