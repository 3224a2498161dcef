// Property patterns (C# 8, hand-checked): in switch expressions, switch statements and is; with a type,
// nested, with relational/constant/null/var subpatterns and designations; members read left to right
// and only while the earlier ones match.
using System;
using System.Collections.Generic;

class Point
{
    public int X;
    public int Y { get; set; }
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() => $"({X}, {Y})";
}

class Shape { public string Name = "shape"; }
class Circle : Shape
{
    public Point Center;
    public double Radius { get; set; }
}

class Person
{
    public string Name { get; set; }
    public int? Age { get; set; }
    public Person Boss;
    public int Reads;
    public int Level { get { Reads++; return Reads; } }
}

struct Size
{
    public int W;
    public int H;
}

class Program
{
    static string Describe(object o) => o switch
    {
        Point { X: 0, Y: 0 } => "origin",
        Point { X: 0 } p => "on the y axis at " + p.Y,
        Point { Y: > 10 and < 100 } => "high",
        Point { } p => "point " + p,
        Circle { Radius: > 5, Center: { X: 0 } } c => "big circle centered on the y axis, r=" + c.Radius,
        Circle { Center: null } => "circle without a center",
        Shape { Name: "square" } => "a square",
        string { Length: 0 } => "empty string",
        string { Length: > 5 } s => "long string " + s,
        { } => "something else: " + o,
        null => "null",
    };

    static void Main()
    {
        object[] items =
        {
            new Point(0, 0), new Point(0, 7), new Point(3, 50), new Point(3, 4),
            new Circle { Radius = 6, Center = new Point(0, 2) },
            new Circle { Radius = 6, Center = new Point(1, 2) },
            new Circle { Radius = 1 },
            new Shape { Name = "square" }, new Shape(), "", "hello world", "hi", 42, null,
        };
        foreach (var o in items)
        {
            Console.WriteLine(Describe(o));
        }

        var pt = new Point(1, 2);
        Console.WriteLine(pt is { X: 1, Y: 2 });
        Console.WriteLine(pt is { X: 1, Y: 3 });
        Console.WriteLine(pt is Point { X: > 0 } q && q.Y == 2);
        Point none = null;
        Console.WriteLine(none is { });
        Console.WriteLine(none is not { X: 1 });

        var boss = new Person { Name = "Ann", Age = 50 };
        var people = new List<Person>
        {
            new Person { Name = "Bob", Age = 30, Boss = boss },
            new Person { Name = "Cy", Age = null, Boss = boss },
            new Person { Name = "Di", Age = 17 },
            boss,
        };
        foreach (var p in people)
        {
            switch (p)
            {
                case { Age: null }:
                    Console.WriteLine(p.Name + ": age unknown");
                    break;
                case { Age: < 18 }:
                    Console.WriteLine(p.Name + ": minor");
                    break;
                case { Boss: { Name: "Ann" } b }:
                    Console.WriteLine(p.Name + ": reports to " + b.Name);
                    break;
                case Person { Boss: null, Name: var n }:
                    Console.WriteLine(n + ": no boss");
                    break;
            }
        }

        // Members are read left to right, and only while the earlier ones match.
        var r = new Person { Name = "Ed" };
        Console.WriteLine(r is { Name: "Zed", Level: 1 });
        Console.WriteLine(r.Reads);
        Console.WriteLine(r is { Level: 1, Name: "Zed" });
        Console.WriteLine(r.Reads);
        Console.WriteLine(r is { Level: 2, Name: "Ed" });

        string text = "abc";
        if (text is { Length: 3 } t)
        {
            Console.WriteLine("three: " + t);
        }
        int n2 = 5;
        Console.WriteLine(n2 is { });

        // A struct: tested in place, or copied out of its box into the designation.
        var size = new Size { W = 3, H = 4 };
        Console.WriteLine(size is { W: 3, H: > 3 });
        Console.WriteLine(size is { W: 4 });
        object boxed = size;
        if (boxed is Size { H: 4 } copy)
        {
            copy.W = 30;
            Console.WriteLine(copy.W + " " + ((Size)boxed).W);
        }
    }
}
