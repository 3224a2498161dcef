// Local functions that are iterators: one capturing a local of Main (changed between two
// enumerations) with try/finally and yield break, a static one, an IEnumerator<T> one, and one
// inside an instance method using a parameter and a field (mcs predates local functions: the
// .out is checked by hand against C#'s rules).
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    int factor = 3;

    IEnumerable<int> Scaled(int n)
    {
        IEnumerable<int> Inner()
        {
            for (int i = 1; i <= n; i++)
                yield return i * factor;
        }
        return Inner();
    }

    static void Main()
    {
        int limit = 4;
        IEnumerable<int> Evens()
        {
            try
            {
                for (int i = 0; ; i += 2)
                {
                    if (i > limit) yield break;
                    yield return i;
                }
            }
            finally
            {
                Console.WriteLine("Evens: finally");
            }
        }
        static IEnumerable<string> Words(string s)
        {
            foreach (var w in s.Split(' '))
                yield return w.ToUpper();
        }
        IEnumerator<char> Chars(string s)
        {
            foreach (var c in s) yield return c;
        }
        foreach (var x in Evens()) Console.Write(x + " ");
        Console.WriteLine();
        limit = 10;
        Console.WriteLine(string.Join(",", Evens().Take(3)));
        Console.WriteLine(string.Join("-", Words("a b c")));
        var e = Chars("hey");
        while (e.MoveNext()) Console.Write(e.Current);
        Console.WriteLine();
        Console.WriteLine(string.Join(" ", new Program().Scaled(3)));
    }
}
