// expect: CS1643
// A block lambda passed for a `Func<int, bool>` parameter ends without returning a value.
using System;

class Program
{
    static bool Check(Func<int, bool> f) { return f(1); }

    static void Main()
    {
        Console.WriteLine(Check(x => { Console.WriteLine(x); }));
    }
}
