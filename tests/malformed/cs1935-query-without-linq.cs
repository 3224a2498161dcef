// expect: CS1935
// A query expression over an array without `using System.Linq;`: no Select is in scope.
using System;

static class Program
{
    static void Main()
    {
        int[] xs = { 1, 2, 3 };
        var q = from x in xs select x * 2;
        Console.WriteLine(q);
    }
}
