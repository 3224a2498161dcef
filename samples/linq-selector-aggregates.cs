// Sum, Max, Min and Average with a selector over an IEnumerable<T> of objects: an int selector
// gives an int, a float selector a float (summed in float, as .NET's Sum(Func<T, float>) does).
using System;
using System.Collections.Generic;
using System.Linq;

class Item
{
    public int Score;
    public float Weight;
}

class Program
{
    static IEnumerable<Item> Items()
    {
        return new List<Item>
        {
            new Item { Score = 70, Weight = 1.5f },
            new Item { Score = 91, Weight = 2f },
            new Item { Score = 64, Weight = 0.1f },
        };
    }

    static void Main()
    {
        Console.WriteLine(Items().Max(s => s.Score));
        Console.WriteLine(Items().Min(s => s.Score));
        Console.WriteLine(Items().Sum(s => s.Score));
        Console.WriteLine(Items().Average(s => s.Score));
        Console.WriteLine(Items().Sum(s => s.Weight));
        Console.WriteLine(Items().Max(s => s.Weight));
        Console.WriteLine(Items().Sum(s => s.Weight) == 3.6f);
    }
}
