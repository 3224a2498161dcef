// A struct field of an object, or of a struct inside it, is part of the object, as in .NET:
// making 100 `Shape`s (each holding a `Frame` of two `Point`s and a `Point` of its own)
// allocates 100 objects, not 400. Reading, changing and copying the fields allocates nothing:
// a copy that no one keeps lives in the stack frame.
using System;

struct Point
{
    public int X;
    public int Y;
    public void Shift(int d) { X += d; Y -= d; }
}

struct Frame
{
    public Point TopLeft;
    public Point BottomRight;
    public int Area() { return (BottomRight.X - TopLeft.X) * (TopLeft.Y - BottomRight.Y); }
}

class Shape
{
    public Frame Bounds;
    public Point Center;
    public Shape Next;
}

class Program
{
    static void Main()
    {
        Shape list = null;
        for (int i = 0; i < 100; i++)
        {
            var s = new Shape { Next = list };
            s.Bounds.BottomRight.Shift(i);
            s.Center = s.Bounds.BottomRight;
            s.Center.Shift(1);
            list = s;
        }
        long total = 0;
        for (var s = list; s != null; s = s.Next)
        {
            var copy = s.Bounds;
            copy.TopLeft.Shift(-1);
            total += copy.Area() + s.Bounds.Area() + s.Center.X;
        }
        Console.WriteLine(total);
    }
}
