// C# 12: const locals (int, bool, char, long, double, several in one declaration) and const fields (int, string built by concatenation, double, enum), constants in switch case labels, default parameter values and attribute arguments, static readonly next to const, reading an attribute back through reflection
// mcs: compiles and runs
using System;
using System.Reflection;

enum Unit { Meters, Feet }

[AttributeUsage(AttributeTargets.Method)]
class LimitAttribute : Attribute
{
    public LimitAttribute(int max) { Max = max; }
    public int Max { get; }
}

class Program
{
    const int MaxItems = 10;
    const string Prefix = "item-";
    const string Banner = Prefix + "list (max " + "ten)";
    const double FeetPerMeter = 3.28084;
    const Unit DefaultUnit = Unit.Meters;
    static readonly DateTime Started = new DateTime(2024, 1, 1);

    [Limit(MaxItems * 2)]
    static string Label(int index, string prefix = Prefix) => prefix + index;

    static double ToUnit(double meters, Unit unit = DefaultUnit)
    {
        const double Precision = 100.0;
        switch (unit)
        {
            case Unit.Feet: return Math.Round(meters * FeetPerMeter * Precision) / Precision;
            default: return meters;
        }
    }

    static string Size(int n)
    {
        const int Small = 3, Large = MaxItems - 1;
        switch (n)
        {
            case 0: return "none";
            case Small: return "small";
            case Large: return "large";
            default: return n < Small ? "tiny" : "medium";
        }
    }

    static void Main()
    {
        const int count = 4;
        const bool verbose = true;
        const char separator = ';';
        const long bytes = 1L << 40;
        Console.WriteLine(Banner);
        for (int i = 0; i < count; i++) Console.Write(Label(i) + separator);
        Console.WriteLine();
        if (verbose) Console.WriteLine($"bytes={bytes} max={MaxItems} started={Started.Year}");
        Console.WriteLine($"{ToUnit(10)} {ToUnit(10, Unit.Feet)}");
        foreach (var n in new[] { 0, 1, 3, 5, 9 }) Console.Write(Size(n) + " ");
        Console.WriteLine();
        MethodInfo label = typeof(Program).GetMethod("Label", BindingFlags.NonPublic | BindingFlags.Static);
        var limit = (LimitAttribute)Attribute.GetCustomAttribute(label, typeof(LimitAttribute));
        Console.WriteLine(limit.Max);
    }
}
