// expect: UA0100
// An explicitly typed range variable: C# translates `from int x in xs` with a Cast<int>(), which unawait lacks.
using System;
using System.Linq;

static class Program
{
    static void Main()
    {
        int[] xs = { 1, 2, 3 };
        var q = from int x in xs where x > 1 select x * 2;
        Console.WriteLine(string.Join(",", q));
    }
}
