using System;
using System.Threading.Tasks;

abstract class Shape { }
class Circle : Shape { public double R; public Circle(double r) { R = r; } }
class Square : Shape { public double Side; public Square(double s) { Side = s; } }
class Dot : Shape { public override string ToString() { return "a dot"; } }

class Program {
    static string Classify(int n) => n switch {
        0 => "zero",
        1 or 2 => "small",
        < 0 => "negative",
        > 100 and <= 1000 => "big",
        > 1000 => "huge",
        _ => "medium",
    };

    static double Area(Shape s) => s switch {
        Circle c when c.R == 0 => 0,
        Circle c => 3 * c.R * c.R,
        Square sq => sq.Side * sq.Side,
        null => -1,
        _ => throw new ArgumentException("unknown shape"),
    };

    static async Task<int> Get(int x) { await Task.Yield(); return x; }
    static int Seven() => 7;

    static string Name(string s) => s switch {
        "a" => "letter a",
        null => "nothing",
        var other when other.Length > 3 => "long " + other,
        var other => "short " + other,
    };

    static async Task Main() {
        foreach (int n in new[] { 0, 1, 2, -5, 50, 500, 5000 }) Console.WriteLine(n + ": " + Classify(n));
        Console.WriteLine(Area(new Circle(2)));
        Console.WriteLine(Area(new Circle(0)));
        Console.WriteLine(Area(new Square(3)));
        Console.WriteLine(Area(null));
        try { Area(new Dot()); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Name("a") + ", " + Name(null) + ", " + Name("abcd") + ", " + Name("xy"));
        var r = await Get(3) switch { 3 => await Get(30), _ => 0 };
        Console.WriteLine(r);
        bool b = true;
        Console.WriteLine(b switch { true => "yes", false => "no" });
        long big = 5;
        Console.WriteLine(big switch { 5 => 1.5, _ => 2 });
        object o = 42;
        Console.WriteLine(o switch { string s => "str " + s, int i => "int " + i, _ => "?" });
        try {
            Console.WriteLine(Seven() switch { 1 => "one", 2 => "two" });
        } catch (InvalidOperationException e) {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try {
            Shape d = new Dot();
            Console.WriteLine(d switch { Circle => "c" });
        } catch (Exception e) {
            Console.WriteLine(e.Message);
        }
        string nul = null;
        try {
            Console.WriteLine(nul switch { "x" => 1 });
        } catch (Exception e) {
            Console.WriteLine(e.Message);
        }
        double d2 = 0.5;
        Console.WriteLine(d2 switch { < 0.0 => "neg", >= 0.0 and < 1.0 => "unit", _ => "big" });
        Console.WriteLine(d2 switch { 0.5 => "half", _ => "other" });
        int k = 3;
        Console.WriteLine(k switch { not 3 => "not three", _ => "three" });
    }
}
