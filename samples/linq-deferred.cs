// Deferred execution, the classic trap: building a query runs nothing; each enumeration runs
// the delegates again, one element at a time, interleaved with the loop's body; Take stops
// pulling once it has enough; OrderBy and GroupBy read their whole source at the first
// MoveNext; a query sees changes made to its source after it was built; ToList runs it once.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var source = new List<int> { 1, 2, 3, 4 };
        var query = source
            .Where(x => { Console.WriteLine("  where " + x); return x % 2 == 0; })
            .Select(x => { Console.WriteLine("  select " + x); return x * 100; });
        Console.WriteLine("built");
        foreach (var v in query)
        {
            Console.WriteLine("got " + v);
        }
        source.Add(6);
        Console.WriteLine("count " + query.Count());

        Console.WriteLine("take:");
        foreach (var v in source.Select(x => { Console.WriteLine("  map " + x); return x; }).Take(2))
        {
            Console.WriteLine("got " + v);
        }

        Console.WriteLine("orderby:");
        var sorted = source.Select(x => { Console.WriteLine("  key source " + x); return x; }).OrderByDescending(x => x);
        foreach (var v in sorted)
        {
            Console.WriteLine("got " + v);
            if (v == 4) break;
        }

        Console.WriteLine("groupby:");
        var groups = source.GroupBy(x => { Console.WriteLine("  key " + x); return x % 2; });
        Console.WriteLine("groups built");
        foreach (var g in groups)
        {
            Console.WriteLine("group " + g.Key + ": " + string.Join(",", g));
        }

        Console.WriteLine("tolist:");
        int calls = 0;
        var list = source.Select(x => { calls++; return x; }).ToList();
        Console.WriteLine(calls + " " + list.Count);
        var again = list.Where(x => x > 2);
        list.Clear();
        Console.WriteLine(again.Count() + " " + calls);

        Console.WriteLine("concat/zip:");
        var a = Enumerable.Range(1, 3).Select(x => { Console.WriteLine("  a " + x); return x; });
        var b = Enumerable.Range(10, 5).Select(x => { Console.WriteLine("  b " + x); return x; });
        Console.WriteLine(string.Join(",", a.Concat(b).Skip(2).Take(2)));
        Console.WriteLine(string.Join(",", a.Zip(b, (x, y) => x + y)));
        Console.WriteLine(a.Any(x => x > 1) + " " + b.First(x => x > 10));
    }
}
