// expect: CS1620
// The program's own ref parameter needs the `ref` keyword on its argument.
using System;

static class Program
{
    static void Twice(ref int x) { x *= 2; }

    static void Main()
    {
        int v = 3;
        Twice(v);
        Console.WriteLine(v);
    }
}
