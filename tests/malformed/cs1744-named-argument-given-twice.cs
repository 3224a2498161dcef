// expect: CS1744
// x has a positional argument already; the named one repeats it.
using System;

static class Program
{
    static int F(int x, int y) { return x + y; }

    static void Main()
    {
        Console.WriteLine(F(1, x: 2));
    }
}
