// expect: CS1621
// A lambda cannot be an iterator: `yield return` inside a lambda body.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Func<IEnumerable<int>> make = () =>
        {
            yield return 1;
        };
        foreach (var x in make())
            Console.WriteLine(x);
    }
}
