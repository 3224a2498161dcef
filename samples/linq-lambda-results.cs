// A lambda whose body is another lambda has no type of its own: its delegate type comes from the
// call's parameter once the other arguments fix it (Aggregate's TSource from the list), and a
// LINQ call may name every type argument, the source's element type first.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static void Main()
    {
        var steps = new List<Func<int, int>> { v => v + 1, v => v * 2, v => v - 3 };
        // ((100 + 1) * 2) - 3
        var pipeline = steps.Aggregate((f, g) => x => g(f(x)));
        Console.WriteLine(pipeline(100));
        var seeded = steps.Aggregate((Func<int, int>)(x => x), (acc, f) => x => f(acc(x)));
        Console.WriteLine(seeded(1));

        // Explicit type arguments: TSource first, as Enumerable declares them.
        var plusOne = steps.Select<Func<int, int>, Func<int, int>>(f => x => f(x) + 1).ToList();
        Console.WriteLine(string.Join(",", plusOne.Select(f => f(10))));
        var ids = new List<int> { 3, 1, 2 };
        var names = ids.Select<int, string>(i => "n" + i).ToList();
        Console.WriteLine(string.Join(",", names));
        var byName = ids.ToDictionary<int, string>(i => "k" + i);
        Console.WriteLine(byName["k2"]);
        var sorted = ids.OrderBy<int, int>(i => -i).ThenBy<int, string>(i => "x").ToArray();
        Console.WriteLine(string.Join(",", sorted));
        // A reference source may name a base type: the list is an IEnumerable<object>.
        var words = new List<string> { "b", "a" };
        var described = words.Select<object, string>(o => "<" + o + ">");
        Console.WriteLine(string.Join("", described));
        Console.WriteLine(words.Count<string>(w => w != "a") + " " + ids.Sum<int>(i => i * 10));
    }
}
