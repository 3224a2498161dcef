// expect: CS0221
// The difference of two constants of a byte enum is a byte: -254 does not fit.
using System;

enum Tiny : byte { One = 1, Max = 255 }

static class Program
{
    static void Main()
    {
        Console.WriteLine(Tiny.One - Tiny.Max);
    }
}
