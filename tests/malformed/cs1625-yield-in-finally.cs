// expect: CS1625
// `yield return` inside a `finally` block of an iterator.
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Numbers()
    {
        try
        {
            yield return 1;
        }
        finally
        {
            yield return 2;
        }
    }

    static void Main()
    {
        foreach (var x in Numbers())
            Console.WriteLine(x);
    }
}
