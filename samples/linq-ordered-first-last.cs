using System;
using System.Collections.Generic;
using System.Linq;

// First() and Last() of an ordered query read the source once and compute each key as they
// read it, as .NET's OrderedEnumerable does; everything else sorts the whole source, keys
// computed after reading.
class Program
{
    static IEnumerable<int> Readings()
    {
        foreach (var x in new[] { 30, 10, 20, 10 })
        {
            Console.Write("read " + x + "; ");
            yield return x;
        }
    }

    static int Key(int x)
    {
        Console.Write("key " + x + "; ");
        return x;
    }

    static void Main()
    {
        var ordered = Readings().OrderBy(Key);
        Console.WriteLine("first=" + ordered.First());
        Console.WriteLine("last=" + ordered.Last());
        Console.WriteLine("max=" + Readings().OrderByDescending(Key).FirstOrDefault());
        Console.WriteLine("list=" + string.Join(",", ordered.ToList()));
        var words = new List<string> { "pear", "fig", "apple", "kiwi" };
        Console.WriteLine(words.OrderBy(w => w.Length).First() + " " + words.OrderBy(w => w.Length).Last());
        Console.WriteLine(words.OrderByDescending(w => w.Length).Last());
        var reversed = Comparer<string>.Create((a, b) => string.CompareOrdinal(b, a));
        Console.WriteLine(words.OrderBy(w => w, reversed).First() + " " + words.OrderBy(w => w, reversed).Last());
        Console.WriteLine(words.OrderByDescending(w => w, reversed).FirstOrDefault());
        Console.WriteLine(new List<int>().OrderBy(x => x).FirstOrDefault());
        try { new List<int>().OrderBy(x => x).First(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
