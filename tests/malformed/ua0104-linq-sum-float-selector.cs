// expect: UA0104
// Sum with a float selector is valid C# (Enumerable.Sum(Func<T, float>) returns a float); the library has only the double overload, which would print another result: UA0104.
using System;
using System.Collections.Generic;
using System.Linq;

class Item
{
    public float Weight;
}

class Program
{
    static IEnumerable<Item> Items()
    {
        return new List<Item> { new Item { Weight = 1.5f }, new Item { Weight = 2 } };
    }

    static void Main()
    {
        Console.WriteLine(Items().Sum(i => i.Weight));
    }
}
