// Generic methods as delegates (method groups): the type arguments are inferred from the
// delegate type's parameters (`Func<int, int> f = Id;`), written (`Id<string>`), or inferred
// through a library method taking the delegate (`Select(Show)`, `Select(Later)` of a generic
// async method), and an `Action<T>` argument of a generic method.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

static class Program
{
    static T Id<T>(T x) => x;
    static string Show<T>(T x) => "<" + x + ">";
    static async Task<T> Later<T>(T x)
    {
        await Task.Yield();
        return x;
    }
    static void Twice<T>(Action<T> a, T v)
    {
        a(v);
        a(v);
    }
    static void Print<T>(T x) => Console.WriteLine("print " + x);

    static async Task Main()
    {
        Func<int, int> f = Id;
        Console.WriteLine(f(4));
        Func<string, string> g = Id<string>;
        Console.WriteLine(g("s"));
        Console.WriteLine(string.Join(",", new[] { 1, 2 }.Select(Show)));
        Console.WriteLine(string.Join(",", new List<string> { "a", "b" }.Select(Show)));
        var r = await Task.WhenAll(new[] { 1, 2, 3 }.Select(Later));
        Console.WriteLine(string.Join(",", r));
        Twice<int>(Print, 3);
        Action<double> p = Print;
        p(1.5);
        Func<string, Task<string>> later = Later;
        Console.WriteLine(await later("done"));
    }
}
