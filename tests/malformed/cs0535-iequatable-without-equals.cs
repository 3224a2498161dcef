// expect: CS0535
// A struct names IEquatable<Point> but declares no Equals(Point).
using System;

struct Point : IEquatable<Point>
{
    public int X;
}

class Program
{
    static void Main() { Console.WriteLine(new Point().X); }
}
