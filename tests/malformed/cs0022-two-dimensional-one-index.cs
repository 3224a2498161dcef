// expect: CS0022
// A two-dimensional array indexed with one value.
using System;

static class Program
{
    static void Main()
    {
        var a = new int[2, 2];
        Console.WriteLine(a[1]);
    }
}
