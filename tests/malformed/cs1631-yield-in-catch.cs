// expect: CS1631
// `yield return` in a `catch` block of an iterator.
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Safe(Func<int> f)
    {
        int v;
        try
        {
            v = f();
        }
        catch (Exception)
        {
            yield return -1;
            yield break;
        }
        yield return v;
    }

    static void Main()
    {
        foreach (var x in Safe(() => 4))
            Console.WriteLine(x);
    }
}
