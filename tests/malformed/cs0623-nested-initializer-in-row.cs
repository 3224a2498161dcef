// expect: CS0623
// A two-dimensional array's row holding a nested initializer.
using System;

static class Program
{
    static void Main()
    {
        var a = new int[,] { { 1, { 2 } } };
        Console.WriteLine(a.Length);
    }
}
