// C# 12: switch expressions with type, constant, null, relational, property, positional, tuple and discard patterns, when guards, throw expressions in arms, records as patterns, a switch expression inside an async method
using System;
using System.Threading.Tasks;

public abstract record Shape;
public record Circle(double Radius) : Shape;
public record Rectangle(double Width, double Height) : Shape;
public record Triangle(double Base, double Height) : Shape;

public enum Level { Low, Medium, High }

public static class Program
{
    static double Area(Shape shape) => shape switch
    {
        Circle { Radius: 0 } => 0,
        Circle c => Math.PI * c.Radius * c.Radius,
        Rectangle(var w, var h) when w == h => w * w,
        Rectangle r => r.Width * r.Height,
        Triangle t => t.Base * t.Height / 2,
        null => throw new ArgumentNullException(nameof(shape)),
        _ => throw new NotSupportedException(shape.GetType().Name),
    };

    static Level Classify(int load) => load switch
    {
        < 30 => Level.Low,
        >= 30 and < 70 => Level.Medium,
        _ => Level.High,
    };

    static string Traffic(string light, bool emergency) => (light, emergency) switch
    {
        (_, true) => "yield",
        ("green", _) => "go",
        ("yellow", _) => "slow",
        ("red", false) => "stop",
        _ => "unknown",
    };

    static async Task<string> DescribeAsync(object o)
    {
        await Task.Yield();
        return o switch
        {
            int i when i % 2 == 0 => $"even {i}",
            int i => $"odd {i}",
            string { Length: > 5 } s => $"long string {s}",
            string s => $"short string {s}",
            Level.High => "high level",
            Level l => $"level {l}",
            _ => "other",
        };
    }

    public static async Task Main()
    {
        Shape[] shapes = { new Circle(1), new Circle(0), new Rectangle(2, 2), new Rectangle(2, 3), new Triangle(4, 5) };
        foreach (var s in shapes)
            Console.WriteLine($"{s}: {Area(s):F2}");
        try
        {
            Area(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine($"caught {e.ParamName}");
        }
        foreach (var load in new[] { 10, 30, 69, 70, 95 })
            Console.WriteLine($"{load} -> {Classify(load)}");
        Console.WriteLine(Traffic("green", false) + " " + Traffic("red", true) + " " + Traffic("red", false) + " " + Traffic("blue", false));
        foreach (var o in new object[] { 4, 7, "hello world", "hey", Level.High, Level.Low, 2.5 })
            Console.WriteLine(await DescribeAsync(o));
    }
}
