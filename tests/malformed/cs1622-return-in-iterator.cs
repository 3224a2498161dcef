// expect: CS1622
// A method with `yield return` is an iterator: a `return` statement in it is an error (`yield break` ends it).
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Numbers(int n)
    {
        if (n < 0)
            return null;
        for (int i = 0; i < n; i++)
            yield return i;
    }

    static void Main()
    {
        foreach (var x in Numbers(3))
            Console.WriteLine(x);
    }
}
