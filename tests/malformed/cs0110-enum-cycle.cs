// expect: CS0110
// Enum members whose values depend on each other.
using System;

enum Loop { A = B + 1, B = A }

static class Program
{
    static void Main()
    {
        Console.WriteLine(Loop.A);
    }
}
