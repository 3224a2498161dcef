// expect: UA0100
// A `let` clause: C# carries the new range variable in an anonymous object, which unawait lacks.
using System;
using System.Linq;

static class Program
{
    static void Main()
    {
        int[] xs = { 1, 2, 3 };
        var q = from x in xs let y = x * x where y > 1 select y;
        Console.WriteLine(string.Join(",", q));
    }
}
