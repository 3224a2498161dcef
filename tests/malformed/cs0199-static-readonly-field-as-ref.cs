// expect: CS0199
// A static readonly field can be passed by reference only in its class's static constructor.
using System;

static class Program
{
    static readonly int Limit = 10;

    static void Bump(ref int x) { x++; }

    static void Main()
    {
        Bump(ref Limit);
        Console.WriteLine(Limit);
    }
}
