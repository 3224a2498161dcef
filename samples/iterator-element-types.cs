// Iterators of every kind of element: int?, an enum, a class, delegates, bool, object (boxed
// values and null), arrays, byte, uint, float, KeyValuePair; printed, aggregated and typed as
// .NET does.
using System;
using System.Collections.Generic;
using System.Linq;
enum Color { Red, Green, Blue }
class Item { public string Name; public Item(string n) { Name = n; } public override string ToString() => "Item(" + Name + ")"; }
class Program
{
    static IEnumerable<int?> Maybe() { yield return 1; yield return null; yield return 3; }
    static IEnumerable<Color> Colors() { yield return Color.Blue; yield return Color.Red; }
    static IEnumerable<Item> Items() { yield return new Item("a"); yield return new Item("b"); }
    static IEnumerable<Func<int, int>> Funcs() { yield return x => x + 1; yield return x => x * 2; }
    static IEnumerable<bool> Flags() { yield return true; yield return false; }
    static IEnumerable<object> Objects() { yield return 1; yield return "two"; yield return 3.5; yield return null; }
    static IEnumerable<int[]> Arrays() { yield return new[] { 1, 2 }; yield return new int[0]; }
    static IEnumerable<byte> Bytes() { yield return 255; yield return 1; }
    static IEnumerable<uint> UInts() { yield return 4000000000; }
    static IEnumerable<float> Floats() { yield return 1.5f; }
    static IEnumerable<KeyValuePair<string, int>> Pairs() { yield return new KeyValuePair<string, int>("k", 1); }
    static void Main()
    {
        Console.WriteLine(string.Join(",", Maybe()) + " " + Maybe().Count(x => x.HasValue));
        Console.WriteLine(string.Join(",", Colors()) + " " + Colors().Max());
        foreach (var c in Colors()) Console.Write(c + ";");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", Items()) + " " + Items().Select(i => i.Name).Last());
        Console.WriteLine(string.Join(",", Funcs().Select(f => f(10))));
        Console.WriteLine(string.Join(",", Flags()) + " " + Flags().Count(b => b));
        Console.WriteLine(string.Join("|", Objects()));
        Console.WriteLine(Arrays().Sum(a => a.Length));
        Console.WriteLine(string.Join(",", Bytes()) + " " + Bytes().Max() + " " + string.Join(",", UInts()) + " " + string.Join(",", Floats()));
        foreach (var p in Pairs()) Console.WriteLine(p.Key + "=" + p.Value + " " + p);
        var dict = Pairs().ToDictionary(p => p.Key, p => p.Value);
        Console.WriteLine(dict["k"]);
        Console.WriteLine(Colors().ToList()[0]);
        Console.WriteLine(Bytes().ToList()[0].GetType());
        Console.WriteLine(Bytes().First().GetType());
    }
}
