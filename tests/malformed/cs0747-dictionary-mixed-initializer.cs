// expect: CS0747
// A dictionary initializer mixes `{ key, value }` items with `[key] = value` items.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int> { { "a", 1 }, ["b"] = 2 };
        Console.WriteLine(d.Count);
    }
}
