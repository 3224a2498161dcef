// expect: UA0100
// Valid C#, but a nested object initializer (`Start = { X = 1 }`, which sets members of the object `Start` already holds) is not supported yet; the rest of the initializer is.
using System;

class Point
{
    public int X { get; set; }
    public int Y { get; set; }
}

class Line
{
    public Point Start { get; } = new Point();
    public int Width { get; set; }
}

static class Program
{
    static void Main()
    {
        var l = new Line { Width = 2, Start = { X = 1 } };
        Console.WriteLine(l.Width + l.Start.X);
    }
}
