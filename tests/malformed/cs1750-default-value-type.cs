// expect: CS1750
// A string is no default value for an int parameter.
using System;

static class Program
{
    static int F(int x = "one") { return x; }

    static void Main()
    {
        Console.WriteLine(F());
    }
}
