// expect: CS1654
// A field of a struct foreach iteration variable is assigned: the variable is read-only.
using System;

struct Point
{
    public int X;
}

class Program
{
    static void Main()
    {
        var points = new Point[2];
        foreach (var p in points)
        {
            p.X = 1;
            Console.WriteLine(p.X);
        }
    }
}
