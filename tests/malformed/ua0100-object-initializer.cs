// expect: UA0100
// Valid C#, but object initializers (`new T { X = 1 }`) are not supported yet; the rest of the class is.
using System;

class Point
{
    public int X { get; set; }
    public int Y { get; set; }
}

static class Program
{
    static void Main()
    {
        var p = new Point { X = 1, Y = 2 };
        Console.WriteLine(p.X + p.Y);
    }
}
