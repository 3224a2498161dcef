// expect: CS1510
// The result of an addition is a value, not a variable to pass by reference.
using System;

static class Program
{
    static void Bump(ref int x) { x++; }

    static void Main()
    {
        int a = 1;
        Bump(ref a + 1);
        Console.WriteLine(a);
    }
}
