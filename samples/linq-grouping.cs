// LINQ grouping: GroupBy with a key selector (and an element selector), groups in the order
// their keys first appear, each group's elements in source order, `Key` and enumerating a
// group; ToDictionary with a key (and an element) selector; ToHashSet.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var words = new[] { "apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet" };
        foreach (var g in words.GroupBy(w => w[0]))
        {
            Console.WriteLine(g.Key + ": " + string.Join(",", g) + " (" + g.Count() + ")");
        }
        foreach (var g in words.GroupBy(w => w.Length % 3, w => w.ToUpper()))
        {
            Console.Write("[" + g.Key + "]");
            foreach (var w in g)
            {
                Console.Write(" " + w);
            }
            Console.WriteLine();
        }
        var byParity = Enumerable.Range(1, 10).GroupBy(n => n % 2 == 0 ? "even" : "odd");
        foreach (var g in byParity)
        {
            Console.WriteLine(g.Key + " sum=" + g.Sum() + " max=" + g.Max());
        }
        var sizes = words.GroupBy(w => w.Length).OrderBy(g => g.Key).Select(g => g.Key + "x" + g.Count());
        Console.WriteLine(string.Join(" ", sizes));

        Dictionary<string, int> lengths = words.ToDictionary(w => w, w => w.Length);
        Console.WriteLine(lengths["banana"] + " " + lengths.Count + " " + lengths.ContainsKey("beet"));
        Dictionary<int, string> byLength = new[] { "a", "bb", "ccc" }.ToDictionary(s => s.Length);
        foreach (var kv in byLength)
        {
            Console.WriteLine(kv.Key + "=" + kv.Value);
        }
        HashSet<char> initials = words.Select(w => w[0]).ToHashSet();
        Console.WriteLine(initials.Count + " " + initials.Contains('c') + " " + string.Join("", initials));
    }
}
