using System;
using System.Threading;
using System.Threading.Tasks;

// `params` arrays (the expanded form, an array passed as is, nothing at all; C# prefers the
// normal form), optional parameters with literal defaults (numbers, strings, null, bools),
// named arguments in any order (evaluated in the order written), and an overload without
// defaults preferred to one that needs them. Async methods take them too. Named arguments skip
// a `CancellationToken ct = default` (its zero value) and a `params` array (then empty, or named
// itself: an array, or one element the expanded form wraps), for methods and constructors.
class Bag
{
    public string Desc;
    public Bag(string name, int weight = 1, params string[] items) { Desc = name + "/" + weight + "/" + items.Length; }
}

static class Program
{
    static int calls;

    static int Next(string tag)
    {
        calls++;
        Console.Write(tag + calls + " ");
        return calls;
    }

    static int Sum(params int[] xs)
    {
        int s = 0;
        foreach (var x in xs) s += x;
        return s;
    }

    static string Join(string sep, params string[] parts)
    {
        return parts.Length + ":" + string.Join(sep, parts);
    }

    static string Greet(string name, string greeting = "Hello", int times = 1, bool shout = false,
                        string suffix = null, double weight = -1.5, long big = 5)
    {
        string s = "";
        for (int i = 0; i < times; i++) s += greeting + " " + name + (suffix == null ? "" : suffix) + " ";
        return (shout ? s.ToUpper() : s) + weight + " " + big;
    }

    static string Pick(int a) { return "one"; }
    static string Pick(int a, int b = 2) { return "two " + b; }
    static string Arr(params object[] items) { return "objects " + items.Length; }
    static string Arr(int[] items) { return "ints " + items.Length; }
    static string Run(string name, CancellationToken ct = default, int n = 0, bool flag = false)
    {
        return name + " " + ct.IsCancellationRequested + " " + n + " " + flag;
    }
    static string Pack(string name, int weight = 1, params string[] items) { return name + "/" + weight + "/" + string.Join(",", items); }
    static string Point(int x, int y) { return "(" + x + ", " + y + ")"; }

    static async Task<int> TotalAsync(int delay = 1, params Task<int>[] tasks)
    {
        await Task.Delay(delay);
        int s = 0;
        foreach (var t in tasks) s += await t;
        return s;
    }

    static async Task Main()
    {
        Console.WriteLine(Sum() + " " + Sum(1) + " " + Sum(1, 2, 3) + " " + Sum(new[] { 4, 5 }));
        Console.WriteLine(Join("-") + " " + Join("-", "a") + " " + Join("-", "a", "b"));
        Console.WriteLine(Arr(new int[] { 1, 2 }) + ", " + Arr(1, 2, 3) + ", " + Arr());

        Console.WriteLine(Greet("Ann"));
        Console.WriteLine(Greet("Bob", "Hi", 2));
        Console.WriteLine(Greet("Cy", "Yo", 1, true, "!", 2, 7));
        Console.WriteLine(Greet("Dee", times: 2));
        Console.WriteLine(Greet(shout: true, name: "Eve", big: 9));
        Console.WriteLine(Greet("Fay", "Hey", shout: true, times: 2));
        Console.WriteLine(Pick(1) + ", " + Pick(1, 3) + ", " + Pick(a: 1, b: 4));

        Console.WriteLine(Point(y: 2, x: 1) + " " + Point(1, y: 5) + " " + Point(x: 3, y: 4));
        int a = 10, b = 20;
        Console.WriteLine(Point(y: a, x: b));
        // Written in parameter order, so evaluated in parameter order too.
        Console.WriteLine(Point(x: Next("x"), y: Next("y")));

        Console.WriteLine(await TotalAsync() + " " + await TotalAsync(2, Task.FromResult(1), Task.FromResult(2)));
        Console.WriteLine(await TotalAsync(tasks: new[] { Task.FromResult(40) }));

        Console.WriteLine(Run("x", n: 7) + ", " + Run(n: 8, name: "y") + ", " + Run("z", flag: true));
        Console.WriteLine(new Bag(weight: 3, name: "c").Desc + " " + new Bag("d", weight: 2).Desc + " " + new Bag(name: "e", items: new[] { "p", "q" }).Desc);
        Console.WriteLine(Pack(weight: 4, name: "f") + " " + Pack("g", items: new[] { "r" }) + " " + Pack(name: "h", weight: 5, items: new string[0]) + " " + Pack("i", items: "s"));
        Console.WriteLine(await TotalAsync(delay: 1));
    }
}
