// expect: CS0123
// A HashSet<int>'s Contains takes an int: no overload matches Func<string, bool> (mcs: CS0123, then CS1501 for the call).
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var set = new HashSet<int> { 1, 2 };
        Func<string, bool> has = set.Contains;
        Console.WriteLine(has("1"));
    }
}
