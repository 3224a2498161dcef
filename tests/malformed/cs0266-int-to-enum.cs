// expect: CS0266, CS0266, CS0266
// Only the constant 0 converts to an enum implicitly; other ints, and enums to ints, need a cast.
using System;

enum Level { Low, High }

static class Program
{
    static void Main()
    {
        int n = 1;
        Level a = 0;
        Level b = n;
        Level c = 1;
        int d = Level.High;
        Console.WriteLine($"{a} {b} {c} {d}");
    }
}
