using System;
// Dictionary initializers: `{ {k, v}, ... }` calls Add (a duplicate key throws, a null key too),
// `{ [k] = v, ... }` the indexer's setter (the last value wins), in field initializers (static
// and instance), keys and values evaluated in order, awaits inside the items.
using System.Collections.Generic;
using System.Threading.Tasks;

class Registry
{
    static Dictionary<string, int> Ports = new Dictionary<string, int> { { "http", 80 }, { "https", 443 } };
    Dictionary<int, string> names = new Dictionary<int, string> { [1] = "one", [2] = "two", [1] = "uno" };

    public void Show()
    {
        foreach (var kv in Ports) Console.WriteLine(kv.Key + "=" + kv.Value);
        foreach (var kv in names) Console.WriteLine(kv.Key + "=" + kv.Value);
    }
}

static class Program
{
    static int counter;
    static string Next(string s) { counter++; Console.WriteLine("eval " + s + " #" + counter); return s; }

    static async Task<int> Slow(int v) { await Task.Delay(1); Console.WriteLine("slow " + v); return v; }

    static async Task Main()
    {
        new Registry().Show();
        var d = new Dictionary<string, int> { { "a", 1 }, { "b", 2 } };
        Console.WriteLine(d.Count + " " + d["b"]);
        Console.WriteLine(d);
        var order = new Dictionary<string, string> { { Next("k1"), Next("v1") }, { Next("k2"), Next("v2") } };
        Console.WriteLine(string.Join(",", order.Keys));
        var indexed = new Dictionary<string, string> { [Next("i1")] = Next("w1"), [Next("i1")] = Next("w2") };
        Console.WriteLine(indexed.Count + " " + indexed["i1"]);
        try
        {
            var dup = new Dictionary<string, int> { { "a", 1 }, { "a", 2 } };
        }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try
        {
            var nullKey = new Dictionary<string, int> { { Next("x"), 1 }, { null, 2 } };
        }
        catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
        var awaited = new Dictionary<int, int> { { await Slow(1), await Slow(10) }, { 2, await Slow(20) } };
        foreach (var kv in awaited) Console.WriteLine(kv.Key + " -> " + kv.Value);
        var awaitedIdx = new Dictionary<int, long> { [await Slow(3)] = await Slow(30), [4] = 40 };
        foreach (var kv in awaitedIdx) Console.WriteLine(kv.Key + " -> " + kv.Value);
        Dictionary<string, List<int>> nested = new Dictionary<string, List<int>> { { "evens", new List<int> { 2, 4 } }, { "odds", new List<int> { 1 } } };
        Console.WriteLine(nested.Count);
        var empty = new Dictionary<string, int> { };
        Console.WriteLine(empty.Count);
    }
}
