// expect: CS0847
// Rows of a two-dimensional array's initializer of different lengths.
using System;

static class Program
{
    static void Main()
    {
        var a = new int[,] { { 1, 2 }, { 3 } };
        Console.WriteLine(a.Length);
    }
}
