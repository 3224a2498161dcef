// expect: CS0170, CS0165
// A struct local has one field assigned: reading the other field, or the whole struct, is a use of unassigned data.
using System;

struct Point
{
    public int X;
    public int Y;
}

class Program
{
    static void Main()
    {
        Point p;
        p.X = 1;
        Console.WriteLine(p.X);
        Console.WriteLine(p.Y);
        Console.WriteLine(p);
    }
}
