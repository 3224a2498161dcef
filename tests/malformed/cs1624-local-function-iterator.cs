// expect: CS1624
// A local function with `yield return` must return IEnumerable<T> or IEnumerator<T>; this one returns int.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        int Twice(int x)
        {
            yield return x;
            yield return x;
        }
        Console.WriteLine(Twice(3));
    }
}
