// An iterator enumerating another inside try/finally: breaking out of the outer one, and LINQ's
// operators stopping early (Skip+First, ElementAt, Any, TakeWhile, Zip, Select with index,
// Concat, SelectMany) dispose the enumerators innermost first, so the finally blocks run in
// .NET's order.
using System;
using System.Collections.Generic;
using System.Linq;
class Program
{
    static IEnumerable<int> Inner()
    {
        try { for (int i = 0; ; i++) yield return i; }
        finally { Console.WriteLine("inner finally"); }
    }
    static IEnumerable<int> Outer()
    {
        try
        {
            foreach (var x in Inner())
                yield return x * 10;
        }
        finally { Console.WriteLine("outer finally"); }
    }
    static void Main()
    {
        foreach (var x in Outer())
        {
            Console.WriteLine(x);
            if (x == 20) break;
        }
        Console.WriteLine(Outer().Skip(2).First());
        Console.WriteLine(Outer().ElementAt(3));
        Console.WriteLine(Outer().Any(x => x > 15));
        Console.WriteLine(Outer().TakeWhile(x => x < 20).Count());
        Console.WriteLine(Outer().Zip(Inner(), (a, b) => a + b).First());
        Console.WriteLine(Outer().Select((x, i) => x + i).Where(x => x > 30).First());
        Console.WriteLine(Outer().Concat(Inner()).Skip(1).First());
        Console.WriteLine(Outer().SelectMany(x => Inner().Take(2)).Skip(3).First());
    }
}
