// LINQ's exceptions, caught and printed: First/Last/Single/Aggregate/Max of an empty sequence,
// Single of several, no matching element, ToDictionary's duplicate key, Range's and Repeat's
// count, an exception thrown by a selector (it surfaces where the query is enumerated: by
// string.Join, a List's constructor, ToList, Task.WhenAll).
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Try(string label, Func<object> f)
    {
        try
        {
            Console.WriteLine(label + ": " + f());
        }
        catch (Exception e)
        {
            Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        var empty = new List<int>();
        var xs = new[] { 3, 1, 4, 1, 5 };
        Try("First", () => empty.First());
        Try("First(pred)", () => xs.First(x => x > 10));
        Try("FirstOrDefault", () => empty.FirstOrDefault());
        Try("Last", () => empty.Last());
        Try("Last(pred)", () => xs.Last(x => x > 10));
        Try("Single", () => xs.Single());
        Try("Single(empty)", () => empty.Single());
        Try("Single(pred)", () => xs.Single(x => x == 1));
        Try("Single(pred none)", () => xs.Single(x => x == 9));
        Try("Single(ok)", () => xs.Single(x => x == 4));
        Try("SingleOrDefault", () => xs.SingleOrDefault());
        Try("SingleOrDefault(empty)", () => empty.SingleOrDefault());
        Try("Aggregate", () => empty.Aggregate((a, b) => a + b));
        Try("Max", () => empty.Max());
        Try("Average", () => empty.Average());
        Try("ToDictionary", () => xs.ToDictionary(x => x));
        Try("ToDictionary(str)", () => new[] { "a", "b", "a" }.ToDictionary(s => s, s => 1));
        Try("Range", () => Enumerable.Range(1, -1));
        Try("Repeat", () => Enumerable.Repeat("x", -2));
        var lazy = xs.Select(x => 10 / (x - 4));
        Console.WriteLine("built");
        Try("enumerate", () => string.Join(",", lazy));
        Try("Take", () => string.Join(",", lazy.Take(2)));
        Try("new List", () => new List<int>(lazy).Count);
        Try("ToList", () => lazy.ToList().Count);
        Try("WhenAll", () => System.Threading.Tasks.Task.WhenAll(xs.Select(x => x == 4 ? throw new InvalidOperationException("no task for " + x) : System.Threading.Tasks.Task.FromResult(x))));
        Try("Sum overflow", () => new[] { int.MaxValue, 1 }.Sum());
    }
}
