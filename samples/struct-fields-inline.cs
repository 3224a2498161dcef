// Struct fields of classes and of other structs: each field is the struct itself, so a copy
// read out of it is independent, a method called through it changes it, a `ref` to it reaches
// it, and assigning it copies into it. Default Equals compares a struct field by that field's
// own Equals.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct Point
{
    public int X;
    public int Y;
    public string Tag;
    public Point(int x, int y, string tag) { X = x; Y = y; Tag = tag; }
    public void Shift(int d) { X += d; Y += d; }
    public override string ToString() { return Tag + "(" + X + "," + Y + ")"; }
}

struct Segment
{
    public Point From;
    public Point To;
    public double Weight;
    public int Length() { return Math.Abs(To.X - From.X) + Math.Abs(To.Y - From.Y); }
}

struct Loose
{
    public int Value;
    public override bool Equals(object other) { return other is Loose l && l.Value % 10 == Value % 10; }
    public override int GetHashCode() { return Value % 10; }
}

struct Wrapper
{
    public Loose Inner;
    public string Name;
}

class Route
{
    public string Name;
    public Segment Leg;
    public Point Start;
    public Route(string name) { Name = name; Start = new Point(1, 1, "s"); }
    public async Task<int> WalkAsync(int steps)
    {
        for (int i = 0; i < steps; i++)
        {
            Leg.To.Shift(1);
            await Task.Yield();
            Start.X += Leg.To.X;
        }
        return Leg.Length();
    }
}

class Program
{
    static void Reset(ref Point p) { p = new Point(0, 0, "r"); }
    static void Nudge(ref Point p) { p.Shift(100); }

    static async Task Main()
    {
        var route = new Route("north");
        Console.WriteLine(route.Start + " " + route.Leg.From + " " + route.Leg.Weight);

        var copy = route.Start;
        copy.Shift(5);
        Console.WriteLine(route.Start + " " + copy);

        route.Leg.From = copy;
        copy.X = -1;
        Console.WriteLine(route.Leg.From + " " + copy);

        Nudge(ref route.Leg.From);
        Console.WriteLine(route.Leg.From);
        Reset(ref route.Start);
        Console.WriteLine(route.Start);

        int length = await route.WalkAsync(3);
        Console.WriteLine(length + " " + route.Leg.To + " " + route.Start);

        var seg = route.Leg;
        seg.To.Y = 50;
        Console.WriteLine(route.Leg.To.Y + " " + seg.To.Y + " " + seg.Equals(route.Leg));
        seg.To.Y = route.Leg.To.Y;
        Console.WriteLine(seg.Equals(route.Leg) + " " + (seg.GetHashCode() == route.Leg.GetHashCode()));

        var a = new Wrapper { Inner = new Loose { Value = 3 }, Name = "w" };
        var b = new Wrapper { Inner = new Loose { Value = 13 }, Name = "w" };
        var c = new Wrapper { Inner = new Loose { Value = 4 }, Name = "w" };
        Console.WriteLine(a.Equals(b) + " " + a.Equals(c));

        object boxed = route.Leg;
        route.Leg.From.X = 999;
        Console.WriteLine(((Segment)boxed).From.X + " " + route.Leg.From.X);

        var routes = new List<Route>();
        for (int i = 0; i < 2000; i++)
        {
            var r = new Route("r" + i);
            r.Leg.To = new Point(i, i, "t" + i);
            routes.Add(r);
        }
        long sum = 0;
        foreach (var r in routes) sum += r.Leg.Length() + r.Start.Tag.Length + r.Leg.To.Tag.Length;
        Console.WriteLine(sum);
    }
}
