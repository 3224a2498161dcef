// C# 12: iterators: IEnumerable<T> methods with yield return and yield break, an infinite generator consumed with Take, try/finally in an iterator (run on early disposal by First), an iterator property getter, an IEnumerator<T> iterator driven by MoveNext/Current, lazy evaluation
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<long> Fibonacci()
    {
        long a = 0, b = 1;
        while (true)
        {
            yield return a;
            long next = a + b;
            a = b;
            b = next;
        }
    }

    static IEnumerable<string> ReadRecords(string[] lines)
    {
        Console.WriteLine("  (opening source)");
        try
        {
            foreach (var line in lines)
            {
                if (line == "END") yield break;
                if (line.StartsWith("#", StringComparison.Ordinal)) continue;
                yield return line.Trim();
            }
        }
        finally
        {
            Console.WriteLine("  (closing source)");
        }
    }

    static IEnumerable<int> Evens
    {
        get
        {
            for (int i = 0; i <= 6; i += 2) yield return i;
        }
    }

    static IEnumerator<char> Letters(string s)
    {
        foreach (char c in s)
            if (char.IsLetter(c)) yield return c;
    }

    static void Main()
    {
        Console.WriteLine(string.Join(",", Fibonacci().Take(10)));
        var records = ReadRecords(new[] { "# header", " alpha ", "beta", "END", "never" });
        Console.WriteLine("query built, nothing read yet");
        foreach (var r in records) Console.WriteLine($"record '{r}'");
        Console.WriteLine(ReadRecords(new[] { "x", "y" }).First());
        Console.WriteLine(string.Join(" ", Evens));
        IEnumerator<char> it = Letters("a1b2c3");
        while (it.MoveNext()) Console.Write(it.Current);
        Console.WriteLine();
    }
}
