// C# 12: synchronous top-level statements, a static local function in top-level code, a using directive and a using alias naming a namespace declared later in the same file, a block namespace with a readonly struct and a static class after the statements, target-typed new in a collection initializer
using System;
using System.Collections.Generic;
using Geometry;
using Pt = Geometry.Point;

var points = new List<Pt> { new(0, 0), new(3, 4), new(-1, 2) };
double perimeter = 0;
for (int i = 0; i < points.Count; i++)
    perimeter += Distance(points[i], points[(i + 1) % points.Count]);
Console.WriteLine($"perimeter {perimeter:F3}");
Console.WriteLine(Shapes.Describe(points));

static double Distance(Pt a, Pt b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));

namespace Geometry
{
    public readonly struct Point
    {
        public Point(double x, double y) { X = x; Y = y; }
        public double X { get; }
        public double Y { get; }
        public override string ToString() => $"({X}, {Y})";
    }

    public static class Shapes
    {
        public static string Describe(IReadOnlyList<Point> pts) => $"polygon with {pts.Count} vertices starting at {pts[0]}";
    }
}
