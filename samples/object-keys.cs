// Keys and elements of type `object` compare as their run-time types do: boxes by type and
// value (a boxed enum is not its number, 1 is not 1L), strings by content, structs field by
// field, and objects whose class overrides Equals/GetHashCode by those overrides.
using System;
using System.Collections.Generic;
using System.Linq;

struct Point
{
    public int X;
    public Point(int x) { X = x; }
}

enum Color { Red, Green }

class Sku
{
    public int Code;
    public Sku(int code) { Code = code; }
    public override bool Equals(object o) => o is Sku s && s.Code == Code;
    public override int GetHashCode() => Code;
}

static class Program
{
    static void Main()
    {
        var names = new Dictionary<object, string>();
        names[1] = "int";
        names[1L] = "long";
        names["1"] = "string";
        names[new Point(1)] = "struct";
        names[Color.Green] = "enum";
        names[new Sku(1)] = "sku";
        names[1.0] = "double";
        names['1'] = "char";
        names[true] = "bool";
        Console.WriteLine(names.Count);
        Console.WriteLine(string.Join(",", names[1], names[1L], names["1"], names[new Point(1)],
            names[Color.Green], names[new Sku(1)], names[1.0], names['1'], names[true]));

        var items = new List<object> { 1, 1, "a", "a", new Point(2), new Point(2), new Sku(3), new Sku(3), Color.Red, 0 };
        Console.WriteLine(items.Distinct().Count());
        var set = new HashSet<object>(items);
        Console.WriteLine(set.Count + " " + set.Contains(new Point(2)) + " " + set.Contains(Color.Red) + " " + set.Contains(new object()));
    }
}
