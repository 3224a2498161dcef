using System;
using System.Collections.Generic;
using System.Linq;

// LINQ over iterators: the deferred operators pull one element at a time, so the iterator's
// prints interleave with the selectors' and Take stops pulling (an infinite iterator is fine);
// the operators that read everything (ToList, Sum, string.Join, new List<T>(seq)) run it to
// its end.
class Program
{
    static IEnumerable<int> Naturals()
    {
        int n = 1;
        while (true)
        {
            Console.WriteLine("  Naturals yields " + n);
            yield return n++;
        }
    }

    static IEnumerable<int> Numbers(int count)
    {
        for (int i = 1; i <= count; i++)
            yield return i;
    }

    static IEnumerable<string> Words()
    {
        yield return "pear";
        yield return "apple";
        yield return "fig";
        yield return "banana";
    }

    static IEnumerable<int> Evens(IEnumerable<int> source)
    {
        foreach (var x in source)
            if (x % 2 == 0)
                yield return x;
    }

    static void Main()
    {
        var q = Naturals().Where(x => { Console.WriteLine("  Where " + x); return x % 3 == 0; })
                          .Select(x => { Console.WriteLine("  Select " + x); return x * 10; })
                          .Take(2);
        Console.WriteLine("query built");
        foreach (var x in q)
            Console.WriteLine("got " + x);

        Console.WriteLine(string.Join(",", Numbers(5)));
        var list = Numbers(4).ToList();
        Console.WriteLine(list.Count + " " + list[3]);
        var copy = new List<int>(Numbers(3));
        copy.AddRange(Numbers(2));
        Console.WriteLine(string.Join(" ", copy));
        Console.WriteLine(Numbers(10).Sum());
        Console.WriteLine(Numbers(10).Count(x => x > 4));
        Console.WriteLine(Naturals().First(x => x > 2));
        Console.WriteLine(Naturals().Any(x => x == 2));
        Console.WriteLine(string.Join(" ", Words().OrderBy(w => w.Length).ThenBy(w => w)));
        Console.WriteLine(string.Join(" ", Words().Skip(1).Take(2)));
        Console.WriteLine(string.Join(" ", Numbers(3).Zip(Words(), (n, w) => n + ":" + w)));
        Console.WriteLine(string.Join(" ", Numbers(2).Concat(Numbers(3))));
        Console.WriteLine(Words().Contains("fig") + " " + Words().Max() + " " + Numbers(6).Average());
        var arr = Evens(Numbers(9)).ToArray();
        Console.WriteLine(arr.Length + " " + string.Join(",", arr));
        var squares = from n in Evens(Naturals()) where n > 4 select n * n;
        Console.WriteLine(string.Join(" ", squares.Take(3)));
        Console.WriteLine(string.Join(" ", Evens(Naturals()).Take(2)));
    }
}
