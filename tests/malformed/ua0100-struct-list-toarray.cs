// expect: UA0100
// Valid C#: `ToArray()` of a List of structs (each element would be copied; library members that hand out or compare struct elements are not supported yet).
using System;
using System.Collections.Generic;

struct Point
{
    public int X;
}

class Program
{
    static void Main()
    {
        var list = new List<Point>();
        list.Add(new Point());
        Point[] copy = list.ToArray();
        Console.WriteLine(copy.Length);
    }
}
