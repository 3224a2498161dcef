// LINQ's sequence operators: Distinct, Take, Skip, TakeWhile, SkipWhile, Zip, Concat, Reverse,
// Union, Intersect, Except, Append, Prepend, DefaultIfEmpty, ElementAt, SequenceEqual,
// SelectMany, Enumerable.Range/Repeat/Empty, Aggregate (with and without a seed), Contains,
// Single, Last, Max/Min/Average/Sum of a selector; Where and Select with the index.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var xs = new List<int> { 4, 8, 15, 16, 23, 42, 8, 4 };
        Console.WriteLine(string.Join(",", xs.Distinct()));
        Console.WriteLine(string.Join(",", xs.Take(3)) + " | " + string.Join(",", xs.Skip(5)) + " | " + xs.Take(-1).Count() + " " + xs.Skip(100).Count());
        Console.WriteLine(string.Join(",", xs.TakeWhile(x => x < 16)) + " | " + string.Join(",", xs.SkipWhile(x => x < 16)));
        Console.WriteLine(string.Join(",", xs.Skip(2).Take(3)));
        Console.WriteLine(string.Join(",", xs.TakeWhile((x, i) => x > i * 4)) + " | " + string.Join(",", xs.SkipWhile((x, i) => i < 6)));
        var names = new[] { "one", "two", "three" };
        Console.WriteLine(string.Join(",", xs.Zip(names, (x, n) => n + "=" + x)));
        Console.WriteLine(string.Join(",", names.Concat(new[] { "four" }).Reverse()));
        Console.WriteLine(string.Join(",", Enumerable.Range(5, 4)) + " | " + string.Join(",", Enumerable.Repeat("ab", 3)) + " | " + Enumerable.Empty<string>().Count());
        Console.WriteLine(string.Join(",", Enumerable.Range(1, 4).SelectMany(n => Enumerable.Repeat(n, n))));
        Console.WriteLine(string.Join(",", names.SelectMany(n => n.ToUpper())));
        Console.WriteLine(xs.Aggregate((a, b) => a > b ? a : b) + " " + xs.Aggregate(1000, (acc, x) => acc - x) + " " + names.Aggregate("", (acc, n) => acc + n[0], acc => acc.ToUpper()));
        Console.WriteLine(Enumerable.Range(1, 10).Aggregate(1L, (p, n) => p * n));
        Console.WriteLine(xs.Contains(23) + " " + xs.Contains(7) + " " + names.Contains("two"));
        Console.WriteLine(xs.Single(x => x > 40) + " " + xs.SingleOrDefault(x => x > 100) + " " + xs.Last() + " " + xs.Last(x => x > 10) + " " + xs.LastOrDefault(x => x < 0));
        Console.WriteLine(names.Max(n => n.Length) + " " + names.Min(n => n.Length) + " " + xs.Average(x => x * 2) + " " + xs.Sum(x => x % 5));
        Console.WriteLine(xs.Max(x => x * 0.5f) + " " + xs.Average(x => x * 0.25f) + " " + xs.Sum(x => (long)x * 1000000000) + " " + xs.Min(x => x / 4.0));
        Console.WriteLine(string.Join(",", xs.Where((x, i) => i % 3 == 0)) + " | " + string.Join(",", names.Select((n, i) => i + n)));
        Console.WriteLine(string.Join(",", "mississippi".Distinct()) + " " + "hello".Reverse().Count());
        var other = new List<int> { 16, 99, 4, 99 };
        Console.WriteLine(string.Join(",", xs.Union(other)) + " | " + string.Join(",", xs.Intersect(other)) + " | " + string.Join(",", other.Except(xs)));
        Console.WriteLine(string.Join(",", names.Append("four").Prepend("zero")) + " | " + string.Join(",", new int[0].DefaultIfEmpty()) + " | " + xs.LongCount());
        Console.WriteLine(xs.ElementAt(4) + " " + xs.Where(x => x > 10).ElementAt(1) + " " + xs.ElementAtOrDefault(50) + " " + xs.SequenceEqual(xs.Select(x => x)) + " " + xs.SequenceEqual(other));
    }
}
