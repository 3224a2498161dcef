using System;
using System.Collections.Generic;

// yield return / yield break, deferred execution: calling an iterator runs nothing; each
// MoveNext runs the body to its next yield, so the prints interleave with the consumer's.
class Program
{
    static IEnumerable<int> Range(int from, int count)
    {
        Console.WriteLine("  Range starts at " + from);
        for (int i = 0; i < count; i++)
        {
            Console.WriteLine("  Range yields " + (from + i));
            yield return from + i;
        }
        Console.WriteLine("  Range ends");
    }

    static IEnumerable<string> UntilStop(string[] words)
    {
        foreach (var w in words)
        {
            if (w == "stop")
                yield break;
            yield return w.ToUpper();
        }
        Console.WriteLine("  never printed when a stop comes");
    }

    static IEnumerable<int> Empty()
    {
        yield break;
    }

    static IEnumerable<int> Fibonacci(int n)
    {
        int a = 0, b = 1;
        while (n-- > 0)
        {
            yield return a;
            int t = a + b;
            a = b;
            b = t;
        }
    }

    static IEnumerable<double> Halves(double x)
    {
        while (x >= 1)
        {
            yield return x;
            x /= 2;
        }
    }

    static IEnumerable<char> Letters(string s, bool upper)
    {
        foreach (char c in s)
            if (char.IsLetter(c))
                yield return upper ? char.ToUpper(c) : c;
    }

    static IEnumerable<long> Squares(long n)
    {
        long i = 1;
        do
        {
            yield return i * i;
        } while (++i <= n);
    }

    static void Main()
    {
        var r = Range(10, 3);
        Console.WriteLine("Range called");
        foreach (var x in r)
            Console.WriteLine("got " + x);
        Console.WriteLine("again:");
        foreach (var x in r)
            Console.WriteLine("got " + x);

        foreach (var w in UntilStop(new[] { "a", "b", "stop", "c" }))
            Console.WriteLine(w);
        int n = 0;
        foreach (var x in Empty())
            n++;
        Console.WriteLine("empty: " + n);

        foreach (var f in Fibonacci(10))
            Console.Write(f + " ");
        Console.WriteLine();
        foreach (var h in Halves(10))
            Console.Write(h + " ");
        Console.WriteLine();
        foreach (var c in Letters("a1b2-c", true))
            Console.Write(c);
        Console.WriteLine();
        foreach (var s in Squares(5))
            Console.Write(s + " ");
        Console.WriteLine();
    }
}
