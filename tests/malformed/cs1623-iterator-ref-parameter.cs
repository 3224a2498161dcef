// expect: CS1623
// An iterator cannot take a `ref` (or `out`, `in`) parameter: its body runs after the call returns.
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Count(ref int total)
    {
        yield return total;
        total++;
    }

    static void Main()
    {
        int t = 1;
        foreach (var x in Count(ref t))
            Console.WriteLine(x);
    }
}
