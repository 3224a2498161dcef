// Max/Min with a selector of strings, chars, enums, small integers and IComparable<T> objects: the
// generic Max<TResult>/Min<TResult> by Comparer<TResult>.Default (a char result stays a char;
// nulls skipped; an empty sequence gives null for references and throws for values).
using System;
using System.Collections.Generic;
using System.Linq;

enum Size { S, M, L }
class Ver : IComparable<Ver>
{
    public int N; public Ver(int n) { N = n; }
    public int CompareTo(Ver o) { return N.CompareTo(o.N); }
    public override string ToString() { return "v" + N; }
}
class Item { public string Name; public int Qty; public char Grade; public Size Size; public Ver Ver; public sbyte Delta; public short Level; }

class Program
{
    static void Main()
    {
        var items = new List<Item>
        {
            new Item { Name = "pear", Qty = 3, Grade = 'b', Size = Size.M, Ver = new Ver(2), Delta = -5, Level = -300 },
            new Item { Name = "apple", Qty = 9, Grade = 'a', Size = Size.L, Ver = new Ver(7), Delta = 4, Level = 12 },
            new Item { Name = "fig", Qty = 1, Grade = 'c', Size = Size.S, Ver = null, Delta = -1, Level = 200 },
        };
        Console.WriteLine(items.Max(i => i.Name) + " " + items.Min(i => i.Name));
        Console.WriteLine(items.Max(i => i.Qty) + " " + items.Min(i => i.Qty * 1.5));
        Console.WriteLine(items.Max(i => i.Grade) + " " + items.Min(i => i.Grade));
        Console.WriteLine(items.Max(i => i.Size) + " " + items.Min(i => i.Size));
        Console.WriteLine(items.Max(i => i.Ver) + " " + items.Min(i => i.Ver));
        Console.WriteLine(items.Max(i => i.Delta) + " " + items.Min(i => i.Delta));
        Console.WriteLine(items.Max(i => i.Level) + " " + items.Min(i => i.Level));
        Console.WriteLine(new List<Item>().Max(i => i.Name) == null);
        try { Console.WriteLine(new List<Item>().Max(i => i.Grade)); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
