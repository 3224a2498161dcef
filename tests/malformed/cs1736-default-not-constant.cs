// expect: CS1736
// A default parameter value must be a compile-time constant: a static field is not one (mcs: CS1736 too).
using System;

static class Program
{
    static int limit = 3;

    static int Clamp(int x, int max = limit) => x > max ? max : x;

    static void Main()
    {
        Console.WriteLine(Clamp(7));
    }
}
