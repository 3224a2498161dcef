// expect: CS1061
// LINQ's Sum on an IEnumerable<T> without `using System.Linq;`: C# finds no such member (the library's LINQ operators must not be found either).
using System;
using System.Collections.Generic;

class Item
{
    public double Weight;
}

class Program
{
    static IEnumerable<Item> Items()
    {
        return new List<Item> { new Item { Weight = 1.5 } };
    }

    static void Main()
    {
        Console.WriteLine(Items().Sum(i => i.Weight));
    }
}
