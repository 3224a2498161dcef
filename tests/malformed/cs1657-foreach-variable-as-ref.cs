// expect: CS1657
// A foreach iteration variable is read-only: it cannot be passed by reference.
using System;

static class Program
{
    static void Bump(ref int x) { x++; }

    static void Main()
    {
        foreach (int n in new[] { 1, 2 })
        {
            Bump(ref n);
            Console.WriteLine(n);
        }
    }
}
