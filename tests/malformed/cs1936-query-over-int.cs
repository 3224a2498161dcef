// expect: CS1936
// A query expression's source must be a sequence: an int has no Where.
using System;
using System.Linq;

static class Program
{
    static void Main()
    {
        int n = 5;
        var q = from x in n where x > 1 select x;
        Console.WriteLine(q);
    }
}
