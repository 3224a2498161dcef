// expect: CS8115
// A throw expression outside `??`, `?:`, a switch arm or an `=>` body (mcs: CS1525, a syntax error; Roslyn: CS8115).
using System;

static class Program
{
    static void Main()
    {
        var x = throw new InvalidOperationException();
        Console.WriteLine(x);
    }
}
