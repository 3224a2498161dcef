// expect: CS1739
// No parameter of F is named z.
using System;

static class Program
{
    static int F(int x, int y) { return x + y; }

    static void Main()
    {
        Console.WriteLine(F(1, z: 2));
    }
}
