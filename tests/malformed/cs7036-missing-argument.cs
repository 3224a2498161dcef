// expect: CS7036
// y is required (it has no default) and no argument names it.
using System;

static class Program
{
    static int F(int x, int y, int z = 3) { return x + y + z; }

    static void Main()
    {
        Console.WriteLine(F(x: 1, z: 2));
    }
}
