// expect: CS1620
// The out parameter of TryGetValue needs the `out` keyword on its argument.
using System;
using System.Collections.Generic;

static class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int>();
        int v = 0;
        Console.WriteLine(d.TryGetValue("a", v));
    }
}
