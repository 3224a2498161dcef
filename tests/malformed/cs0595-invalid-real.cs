// expect: CS0595
// An exponent needs digits.
using System;

static class Program
{
    static void Main()
    {
        double d = 1.5e;
        Console.WriteLine(d);
    }
}
