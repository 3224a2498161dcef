// C# 12: tuples (named elements, tuple literals, tuple return types, Item3, tuple equality), deconstruction (var (a, b) = ..., swapping into existing variables, a discard, nested deconstruction), foreach (var (k, v) in dictionary), a user-defined Deconstruct, an async method returning a tuple, List of named tuples
// mcs: not usable here (mcs 6.8 rejects deconstruction in foreach); checked by hand against C# rules
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Rectangle
{
    public Rectangle(int w, int h) { Width = w; Height = h; }
    public int Width { get; }
    public int Height { get; }
    public void Deconstruct(out int width, out int height) { width = Width; height = Height; }
}

class Program
{
    static (int Min, int Max, double Average) Summarize(IReadOnlyCollection<int> values)
        => (values.Min(), values.Max(), values.Average());

    static async Task<(bool Found, string Value)> LookupAsync(Dictionary<string, string> map, string key)
    {
        await Task.Delay(1);
        return map.TryGetValue(key, out var value) ? (true, value) : (false, null);
    }

    static async Task Main()
    {
        var (min, max, avg) = Summarize(new[] { 4, 8, 15, 16, 23, 42 });
        Console.WriteLine($"min {min}, max {max}, avg {avg:F2}");

        var stats = Summarize(new List<int> { 1, 2, 3 });
        Console.WriteLine($"{stats.Min}..{stats.Max} ({stats.Item3})");

        int a = 1, b = 2;
        (a, b) = (b, a);
        Console.WriteLine($"swapped: a={a}, b={b}");

        var capitals = new Dictionary<string, string> { ["Norway"] = "Oslo", ["Peru"] = "Lima", ["Japan"] = "Tokyo" };
        foreach (var (country, city) in capitals.OrderBy(kv => kv.Key))
            Console.WriteLine($"{country,-8}{city}");

        var (found, value) = await LookupAsync(capitals, "Peru");
        Console.WriteLine($"{found} {value}");
        (found, _) = await LookupAsync(capitals, "Mars");
        Console.WriteLine(found);

        var (w, h) = new Rectangle(3, 4);
        Console.WriteLine($"area {w * h}");

        var nested = ("outer", (1, 2.5));
        var (label, (n, x)) = nested;
        Console.WriteLine($"{label} {n} {x}");

        var point = (X: 1, Y: 2);
        Console.WriteLine(point == (1, 2) ? "equal tuples" : "different");
        var pairs = new List<(string Name, int Score)> { ("ann", 90), ("bob", 72) };
        foreach (var (name, score) in pairs)
            Console.WriteLine($"{name}: {score}");
        Console.WriteLine(pairs.OrderBy(p => p.Score).First().Name);
    }
}
