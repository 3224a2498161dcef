using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

// Iterators and the library: `using` of an enumerator, an enumerator as an IDisposable, the
// thread rule of GetEnumerator() (the object itself only on the thread that made it), LINQ's
// ElementAt, Last, SequenceEqual, ToDictionary, Reverse, type tests against IEnumerable<T>
// (covariant), char elements printed as chars, an iterator run on the pool.
class Program
{
    static IEnumerable<int> Three()
    {
        try
        {
            yield return 1;
            yield return 2;
            yield return 3;
        }
        finally
        {
            Console.WriteLine("Three: finally");
        }
    }

    static IEnumerable<string> Names() { yield return "x"; }
    static IEnumerable<char> Chars() { yield return 'a'; yield return 'b'; }

    static void Main()
    {
        using (var e = Three().GetEnumerator())
        {
            e.MoveNext();
            Console.WriteLine(e.Current);
        }
        IDisposable d = Three().GetEnumerator();
        d.Dispose();
        var seq = Three();
        // Made on the main thread: another thread's GetEnumerator() gets a new enumerator.
        var other = Task.Run(() => seq.GetEnumerator()).Result;
        Console.WriteLine(ReferenceEquals(seq, other));
        var mine = seq.GetEnumerator();
        Console.WriteLine(ReferenceEquals(seq, mine));
        Console.WriteLine(Three().ElementAt(1));
        Console.WriteLine(Three().Last());
        Console.WriteLine(Three().SequenceEqual(new[] { 1, 2, 3 }));
        var dict = Three().ToDictionary(x => x, x => x * x);
        Console.WriteLine(dict[3]);
        Console.WriteLine(string.Join(",", Three().Reverse()));
        Console.WriteLine(Three() is IEnumerable<int>);
        object o = Names();
        Console.WriteLine((o is IEnumerable<string>) + " " + (o is IEnumerable<object>) + " " + (o is IEnumerable<int>) + " " + (o is List<string>));
        Console.WriteLine(string.Join(",", Chars()) + " " + Chars().First() + " " + Chars().Max());
        foreach (var c in Chars()) Console.Write(c);
        Console.WriteLine();
        Console.WriteLine(string.Join(",", Chars().Select(c => c)));
        var total = Task.Run(() => Three().Sum()).Result;
        Console.WriteLine(total);
    }
}
