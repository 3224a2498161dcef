// expect: CS1737
// An optional parameter cannot come before a required one.
using System;

static class Program
{
    static int F(int x = 1, int y) { return x + y; }

    static void Main()
    {
        Console.WriteLine(0);
    }
}
