// C# 12: switch statements with type patterns, declaration patterns, constant patterns, case null, when clauses, discard pattern (case Shape _), default, goto case and goto default, await inside a switch section
// mcs: not usable here (mcs 6.8 does not implement type patterns in switch statements); checked by hand against C# rules
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

abstract class Shape { }

class Circle : Shape { public Circle(double radius) { Radius = radius; } public double Radius { get; } }

class Rect : Shape
{
    public Rect(double w, double h) { W = w; H = h; }
    public double W { get; }
    public double H { get; }
}

class Program
{
    static string Classify(object value)
    {
        switch (value)
        {
            case null: return "null";
            case int n when n < 0: return $"negative int {n}";
            case int n: return $"int {n}";
            case string s when s.Length == 0: return "empty string";
            case string s: return $"string '{s}'";
            case Circle c when c.Radius > 10: return "big circle";
            case Circle c: return $"circle r={c.Radius}";
            case Rect r when r.W == r.H: return $"square {r.W}";
            case Shape _: return "some other shape";
            case IEnumerable<int> seq:
                int total = 0;
                foreach (var x in seq) total += x;
                return $"sequence summing to {total}";
            default:
                return "unknown " + value.GetType().Name;
        }
    }

    static async Task<string> HandleAsync(int code)
    {
        string result = "";
        switch (code)
        {
            case 0:
                result += "reset;";
                goto case 1;
            case 1:
                result += "init;";
                await Task.Delay(1);
                break;
            case 2:
            case 3:
                result += "warm;";
                goto default;
            default:
                result += "done";
                break;
        }
        return result;
    }

    static async Task Main()
    {
        object[] inputs = { null, -5, 42, "", "hi", new Circle(12), new Circle(2), new Rect(3, 3), new Rect(2, 5), new List<int> { 1, 2, 3 }, 4.5 };
        foreach (var input in inputs)
            Console.WriteLine(Classify(input));
        for (int code = 0; code < 4; code++)
            Console.WriteLine($"{code}: {await HandleAsync(code)}");
    }
}
