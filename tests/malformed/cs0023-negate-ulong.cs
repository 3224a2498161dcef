// expect: CS0023
// Unary minus has no ulong operator (a uint's negation is a long).
using System;

class Program
{
    static void Main()
    {
        ulong big = 5;
        uint small = 3;
        long fine = -small;
        Console.WriteLine(-big + fine);
    }
}
