// .NET's partitions: a Select over a list, an array, Range, Repeat or OrderBy (and Skip/Take of
// these) runs its selector only on the elements asked for: Last() and ElementAt(i) on one, a
// Skip(n) on none of those it skips. Over a Where, or with a predicate, every element is read.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static int calls;
    static int F(int x) { calls++; return x * 10; }
    static void Show(string what, object r) { Console.WriteLine(what + " -> " + r + " calls=" + calls); calls = 0; }

    static void Main()
    {
        var arr = new[] { 1, 2, 3, 4, 5 };
        var list = new List<int> { 1, 2, 3, 4, 5 };
        Show("arr.Select.Last", arr.Select(F).Last());
        Show("list.Select.Last", list.Select(F).Last());
        Show("list.Select.LastOrDefault", list.Select(F).LastOrDefault());
        Show("arr.Select.ElementAt", arr.Select(F).ElementAt(2));
        Show("arr.Select.ElementAtOrDefault(9)", arr.Select(F).ElementAtOrDefault(9));
        Show("arr.Select.Skip.First", arr.Select(F).Skip(3).First());
        Show("arr.Select.Skip.ToList", string.Join(",", arr.Select(F).Skip(3).ToList()));
        Show("arr.Select.Skip.Count", arr.Select(F).Skip(3).Count());
        Show("arr.Select.Count", arr.Select(F).Count());
        Show("arr.Select.Take.Last", arr.Select(F).Take(2).Last());
        Show("range.Select.Last", Enumerable.Range(1, 5).Select(F).Last());
        Show("repeat.Select.ElementAt", Enumerable.Repeat(7, 5).Select(F).ElementAt(3));
        Show("orderby.Select.Last", arr.OrderBy(x => -x).Select(F).Last());
        Show("select.select.Last", arr.Select(F).Select(F).Last());
        Show("where.Select.Last", arr.Where(x => true).Select(F).Last());
        Show("arr.Skip.Select.Last", arr.Skip(1).Select(F).Last());
        Show("arr.Select.Skip.Select.ElementAt", arr.Select(F).Skip(1).Select(F).ElementAt(1));
        Show("arr.Select.Last(pred)", arr.Select(F).Last(x => x > 20));
        Show("arr.Select.First", arr.Select(F).First());
        Show("arr.Select.ToArray", arr.Select(F).ToArray().Length);
        Show("arr.Select.Contains", arr.Select(F).Contains(20));
    }
}
