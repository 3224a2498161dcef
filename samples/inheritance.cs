// Inheritance: abstract and virtual methods, overrides (with `base.` calls to the base's own
// implementation), `protected` members, base constructors with `: base(...)` and C#'s order
// (field initializers, then the base constructor, then the body), ToString() overrides that
// Console.WriteLine, concatenation and interpolation run, async methods declared in the base
// that call virtual methods after an await, and virtual async methods.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

abstract class Shape
{
    private static int made;
    protected readonly string name;
    public int Id { get; }

    protected Shape(string name)
    {
        this.name = name;
        Id = ++made;
        Console.WriteLine("  Shape(" + name + ") #" + Id);
    }

    public abstract double Area();

    public virtual string Describe()
    {
        return name + " #" + Id + " area " + Area();
    }

    public override string ToString()
    {
        return "Shape:" + name;
    }

    // Declared once, here; the Area() it calls after the await is each object's own.
    public async Task<double> AreaLaterAsync()
    {
        await Task.Delay(10);
        return Area();
    }

    public virtual async Task<string> LoadAsync()
    {
        await Task.Delay(10);
        return "plain " + name;
    }
}

class Square : Shape
{
    private readonly double side;

    public Square(double side) : base("square")
    {
        this.side = side;
        Console.WriteLine("  Square body");
    }

    public override double Area() { return side * side; }
}

class Cube : Square
{
    private int faces = Log("  Cube field initializer");

    public Cube(double side) : base(side)
    {
        Console.WriteLine("  Cube body, faces " + faces);
    }

    static int Log(string s)
    {
        Console.WriteLine(s);
        return 6;
    }

    public override string Describe() { return "cube! " + base.Describe(); }
    public override double Area() { return faces * base.Area(); }

    public override async Task<string> LoadAsync()
    {
        string inner = await base.LoadAsync();
        await Task.Delay(10);
        return "cube(" + inner + ")";
    }
}

class Circle : Shape
{
    private readonly double r;

    public Circle(double r) : base("circle") { this.r = r; }

    public override double Area() { return 3 * r * r; }
    public override string ToString() { return "Circle(r=" + r + ")"; }
}

static class Program
{
    static async Task Main()
    {
        Console.WriteLine("building:");
        var shapes = new List<Shape> { new Square(2), new Cube(1), new Circle(1) };
        foreach (var s in shapes)
        {
            Console.WriteLine(s.Describe());
            Console.WriteLine(s);
            Console.WriteLine("later " + await s.AreaLaterAsync());
            Console.WriteLine(await s.LoadAsync());
        }
        object o = shapes[0];
        Console.WriteLine(o.ToString() + " / " + shapes[2] + " / " + $"{shapes[1]}");
        double total = 0;
        var pending = new List<Task<double>>();
        foreach (var s in shapes) pending.Add(s.AreaLaterAsync());
        foreach (var area in await Task.WhenAll(pending)) total += area;
        Console.WriteLine("total " + total);
    }
}
