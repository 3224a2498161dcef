// C# 12: structs (mutable struct with public fields, readonly struct with get-only properties, a struct with private state), value semantics and copies (locals, array elements, List<T> elements), default(struct), in parameters, a struct implementing an interface with boxing and unboxing
// mcs: compiles and runs
using System;
using System.Collections.Generic;

interface IShape
{
    double Area();
}

struct MutablePoint
{
    public int X, Y;
    public MutablePoint(int x, int y) { X = x; Y = y; }
    public void Move(int dx, int dy) { X += dx; Y += dy; }
    public override string ToString() => $"({X}, {Y})";
}

readonly struct Size : IShape
{
    public Size(double width, double height) { Width = width; Height = height; }
    public double Width { get; }
    public double Height { get; }
    public double Area() => Width * Height;
    public Size Scale(double f) => new Size(Width * f, Height * f);
}

struct Stats
{
    private int _count;
    private double _sum;
    public void Add(double v) { _count++; _sum += v; }
    public double Mean => _count == 0 ? 0 : _sum / _count;
}

class Program
{
    static double TotalArea(in Size a, in Size b) => a.Area() + b.Area();

    static void Main()
    {
        var p = new MutablePoint(1, 2);
        var copy = p;
        copy.Move(10, 10);
        Console.WriteLine($"original {p}, copy {copy}");

        var points = new MutablePoint[2];
        points[0].Move(3, 4);
        Console.WriteLine($"array element mutated in place: {points[0]}, untouched: {points[1]}");

        var list = new List<MutablePoint> { new MutablePoint(5, 5) };
        var fromList = list[0];
        fromList.Move(1, 1);
        Console.WriteLine($"list keeps {list[0]}, local has {fromList}");

        Size s = new Size(2, 3);
        Size big = s.Scale(2);
        Console.WriteLine($"{s.Area()} {big.Area()} total {TotalArea(s, big)}");

        IShape boxed = s;
        Size unboxed = (Size)boxed;
        Console.WriteLine($"boxed area {boxed.Area()}, unboxed width {unboxed.Width}");
        Size empty = default(Size);
        Console.WriteLine($"default size area {empty.Area()}");

        var stats = new Stats();
        foreach (var v in new[] { 2.0, 4.0, 9.0 }) stats.Add(v);
        Console.WriteLine($"mean {stats.Mean}");
    }
}
