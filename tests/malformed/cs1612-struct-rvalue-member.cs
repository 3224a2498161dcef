// expect: CS1612, CS1612, CS1612
// Fields of struct values that are no variables: a list element, a method's result and a property's value are copies.
using System;
using System.Collections.Generic;

struct Point
{
    public int X;
}

class Holder
{
    public Point P { get; set; }
}

class Program
{
    static Point Make() { return new Point(); }

    static void Main()
    {
        var list = new List<Point> { new Point() };
        list[0].X = 1;
        Make().X = 2;
        var h = new Holder();
        h.P.X = 3;
        Console.WriteLine(list[0].X + h.P.X);
    }
}
