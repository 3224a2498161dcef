// expect: CS1729, CS1729
// `new` with arguments no constructor takes, and a class without constructors given an argument.
using System;

class Point
{
    public int X;
    public Point(int x) { X = x; }
}

class Empty { }

static class Program
{
    static void Main()
    {
        var p = new Point(1, 2);
        var e = new Empty(7);
        Console.WriteLine("unreachable");
    }
}
