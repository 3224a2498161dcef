// expect: CS0846
// A two-dimensional array's initializer whose row is an element, not a nested initializer.
using System;

static class Program
{
    static void Main()
    {
        var a = new int[,] { { 1, 2 }, 3 };
        Console.WriteLine(a.Length);
    }
}
