using System;
using System.Collections.Generic;
using System.Linq;

// Operators over a query pull its elements one at a time: `First()`/`Any()` stop the query's
// selector at the first element, and a predicate's or selector's calls interleave with the
// query's own (`s1 p1 s2 p2`), as .NET's enumerators do.
class Program
{
    static int Trace(string tag, int x)
    {
        Console.Write(tag + x + " ");
        return x;
    }

    static void Main()
    {
        var xs = new List<int> { 1, 2, 3, 4 };
        var q = xs.Select(x => Trace("s", x));
        Console.WriteLine("| First " + q.First());
        Console.WriteLine("| FirstOrDefault " + q.FirstOrDefault());
        Console.WriteLine("| Any " + q.Any());
        Console.WriteLine("| Any(p) " + q.Any(x => Trace("p", x) > 1));
        Console.WriteLine("| All(p) " + q.All(x => Trace("p", x) < 3));
        Console.WriteLine("| First(p) " + q.First(x => Trace("p", x) % 2 == 0));
        Console.WriteLine("| FirstOrDefault(p) " + q.FirstOrDefault(x => Trace("p", x) > 10));
        Console.WriteLine("| Count(p) " + q.Count(x => Trace("p", x) > 2));
        Console.WriteLine("| Sum(f) " + q.Sum(x => Trace("f", x * 10)));
        Console.WriteLine("| Where.First " + xs.Where(x => Trace("w", x) > 2).Select(x => Trace("s", x)).First());
        try
        {
            xs.Select(x => x == 3 ? throw new InvalidOperationException("at " + x) : x).All(x => Trace("p", x) > 0);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("| " + e.Message);
        }
    }
}
