// DefaultIfEmpty(value): the source's elements, or the one value given when it has none (deferred,
// for numbers, strings and anonymous objects).
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var empty = new List<int>();
        Console.WriteLine(string.Join(",", empty.DefaultIfEmpty(-1)));
        Console.WriteLine(string.Join(",", new[] { 1, 2 }.DefaultIfEmpty(-1)));
        Console.WriteLine(new string[0].DefaultIfEmpty("none").First());
        Console.WriteLine(new[] { 1.5 }.Where(x => x > 2).DefaultIfEmpty(0.25).Sum());
        Console.WriteLine(empty.DefaultIfEmpty().Count() + " " + empty.DefaultIfEmpty(7).Max());
        var anon = new[] { new { A = 1 } }.Where(a => a.A > 1).DefaultIfEmpty(new { A = 0 }).Single();
        Console.WriteLine(anon);
    }
}
