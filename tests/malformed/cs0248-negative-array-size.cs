// expect: CS0248
// A two-dimensional array created with a constant negative length.
using System;

static class Program
{
    static void Main()
    {
        var a = new int[2, -1];
        Console.WriteLine(a.Length);
    }
}
