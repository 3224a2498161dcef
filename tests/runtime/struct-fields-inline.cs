// A struct field of an object, or of a struct inside it, is part of the object, as in .NET:
// making 100 `Shape`s (each holding a `Frame` of two `Point`s and a `Point` of its own)
// allocates 100 objects, not 400. Reading, changing and copying the fields allocates nothing:
// a copy that no one keeps lives in the stack frame, and a `Frame` local kept across awaits
// is held in the state machine's frame field by field, its `Point`s' fields included.
using System;
using System.Threading.Tasks;

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
    static async Task<int> Grow(int n)
    {
        var frame = new Frame();
        for (int i = 0; i < n; i++)
        {
            frame.BottomRight.Shift(2);
            await Task.Yield();
            frame.TopLeft.Shift(-1);
        }
        return frame.Area();
    }

    static async Task Main()
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
        Console.WriteLine(await Grow(5));
    }
}
