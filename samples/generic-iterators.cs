// Generic iterators: `IEnumerable<T>` methods with type parameters, instantiated per type argument
// like other generic methods; deferred execution through a generic map and filter (with a
// `finally`) stopped early by `Take`, and an async method collecting a generic sequence.
using System;
using System.Linq;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static IEnumerable<T> Repeat<T>(T x, int n) { for (int i = 0; i < n; i++) yield return x; }
    static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> xs, Func<TIn, TOut> f)
    {
        foreach (var x in xs) { Console.WriteLine("map " + x); yield return f(x); }
    }
    static IEnumerable<T> Where2<T>(IEnumerable<T> xs, Func<T, bool> p)
    {
        try { foreach (var x in xs) if (p(x)) yield return x; }
        finally { Console.WriteLine("where done"); }
    }
    static async Task<List<T>> Collect<T>(IEnumerable<T> xs) { var l = new List<T>(); foreach (var x in xs) { await Task.Yield(); l.Add(x); } return l; }

    static async Task Main()
    {
        Console.WriteLine(string.Join(",", Repeat("a", 3)));
        Console.WriteLine(string.Join(",", Map(new[] { 1, 2, 3 }, x => x * 1.5)));
        foreach (var s in Where2(Map(Repeat(2, 4), x => x + 1), x => x > 2).Take(2)) Console.WriteLine("got " + s);
        Console.WriteLine((await Collect(Repeat('z', 2))).Count);
    }
}
