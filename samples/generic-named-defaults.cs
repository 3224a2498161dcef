// Named arguments in calls of generic methods that leave out an optional parameter of a type
// naming the method's type parameter (`T fallback = default`, `Func<T, bool> keep = null`) or a
// `params T[]`: the omitted argument plays no part in inference and takes the bound type's
// default. Overrides of generic methods returning `T?` inherit `where T : struct`.
using System;
using System.Collections.Generic;

abstract class Source
{
    public abstract T? Find<T>(string key) where T : struct;
}

class Fixed : Source
{
    public override T? Find<T>(string key) => key == "none" ? (T?)null : default(T);
}

class Program
{
    static string Label<T>(T x, string label = "v", T extra = default(T)) => label + ":" + x + ":" + extra;
    static int Count<T>(List<T> xs, Func<T, bool> keep = null, int start = 0)
    {
        int n = start;
        foreach (var x in xs) if (keep == null || keep(x)) n++;
        return n;
    }
    static T Get<T>(string key, T fallback = default(T), int tries = 1) { Console.WriteLine("tries " + tries); return fallback; }

    static void Main()
    {
        Console.WriteLine(Label(1, label: "n"));
        Console.WriteLine(Label("s", extra: "e"));
        Console.WriteLine(Count(new List<int> { 1, 2, 3 }, start: 10));
        Console.WriteLine(Count(new List<string> { "a", "bb" }, keep: s => s.Length > 1));
        Console.WriteLine(Get<double>("r", tries: 2));
        Console.WriteLine(Get<string>("r", tries: 3) == null);
        Source src = new Fixed();
        Console.WriteLine(src.Find<int>("x") + " " + src.Find<bool>("none").HasValue);
    }
}
