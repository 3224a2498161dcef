// Query expressions, translated as C# translates them: from/where/select, orderby with
// descending and a second key, group ... by, `into` continuations, a second `from`
// (SelectMany), and the degenerate `from x in xs select x`.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        int[] numbers = { 7, 2, 9, 4, 4, 1, 8 };
        var small = from n in numbers where n < 5 select n * 10;
        Console.WriteLine(string.Join(",", small));
        var ordered = from n in numbers orderby n % 3, n descending select n;
        Console.WriteLine(string.Join(",", ordered));
        var words = new List<string> { "lime", "apple", "kiwi", "banana", "avocado", "cherry", "blackberry" };
        var byLetter = from w in words group w by w[0];
        foreach (var g in byLetter)
        {
            Console.WriteLine(g.Key + ": " + string.Join(" ", g));
        }
        var lengths = from w in words group w.Length by w.Length > 5 into g select (g.Key ? "long " : "short ") + g.Sum();
        Console.WriteLine(string.Join(", ", lengths));
        var counted = from w in words
                      group w by w.Length into g
                      orderby g.Count() descending, g.Key
                      select g.Key + ":" + g.Count();
        Console.WriteLine(string.Join(" ", counted));
        var pairs = from a in Enumerable.Range(1, 3) from b in Enumerable.Range(a, 2) select a + "-" + b;
        Console.WriteLine(string.Join(" ", pairs));
        var triples = from a in Enumerable.Range(1, 12)
                      from b in Enumerable.Range(a, 12 - a)
                      from c in Enumerable.Range(b, 13 - b)
                      where a * a + b * b == c * c
                      select a + "," + b + "," + c;
        Console.WriteLine(string.Join(" ", triples));
        var filtered = from w in words where w.Length > 4 where w.Contains("e") orderby w select w.ToUpper();
        Console.WriteLine(string.Join(" ", filtered));
        var all = from n in numbers select n;
        Console.WriteLine(string.Join(",", all));
        var byLength = from w in words orderby w.Length, w select w;
        var firstTwo = byLength.Take(2).ToList();
        Console.WriteLine(firstTwo.Count + " " + firstTwo[0] + " " + firstTwo[1]);
    }
}
