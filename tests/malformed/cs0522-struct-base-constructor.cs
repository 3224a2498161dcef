// expect: CS0522
// A struct constructor calls `: base(...)`: a struct has no base class constructor to call.
using System;

struct Point
{
    public int X;
    public Point(int x) : base() { X = x; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Point(1).X);
    }
}
