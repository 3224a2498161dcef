using System;
using System.Threading.Tasks;

interface IShape
{
    string Name { get; }
    double Area { get; }
    int Version { get; set; }
}

abstract class Shape : IShape
{
    public abstract string Name { get; }
    public abstract double Area { get; }
    public int Version { get; set; } = 1;
    public virtual string Label => Name + " v" + Version;
    public virtual int Weight { get; set; } = 10;
    public string Describe() { return Label + ": " + Area; }
}

class Square : Shape
{
    private readonly double side;
    public Square(double side) { this.side = side; }
    public override string Name => "square";
    public override double Area { get { return side * side; } }
}

class Circle : Shape
{
    public override string Name { get; } = "circle";
    public override double Area => 3 * 1 * 1;
    public override string Label => "(" + base.Label + ")";
    public override int Weight
    {
        get { return base.Weight * 2; }
        set { Console.WriteLine("set weight " + value); base.Weight = value + 1; }
    }
}

class Tagged : IShape
{
    public string Name { get; }
    public double Area => 0;
    public int Version { get; set; }
    public Tagged(string name) { Name = name; Version = 7; }
}

class Fixed
{
    public virtual string Id { get; }
    public Fixed() { Id = "fixed-" + 1; }
}

static class Program
{
    static async Task<IShape> Load(IShape s) { await Task.Delay(1); return s; }

    static async Task Main()
    {
        Shape[] shapes = { new Square(2), new Circle() };
        foreach (var s in shapes)
        {
            Console.WriteLine(s.Describe());
            Console.WriteLine(s.Name + " weighs " + s.Weight);
            s.Weight = 5;
            Console.WriteLine(s.Name + " weighs " + s.Weight);
        }
        IShape i = new Tagged("t");
        Console.WriteLine(i.Name + " " + i.Area + " " + i.Version);
        i.Version += 2;
        Console.WriteLine(i.Version);
        IShape loaded = await Load(new Square(3));
        Console.WriteLine(loaded.Name + " " + loaded.Area + " " + loaded.Version);
        loaded.Version = 4;
        Console.WriteLine(((Shape)loaded).Label);
        Console.WriteLine(new Fixed().Id);
    }
}
