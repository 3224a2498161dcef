// expect: CS0200
// An anonymous type's properties are read-only: a projection cannot be updated in place.
using System;
using System.Linq;

static class Program
{
    static void Main()
    {
        var totals = new[] { 3, 4 }.Select(n => new { Value = n, Doubled = n * 2 }).ToArray();
        totals[0].Doubled = 7;
        Console.WriteLine(totals[0]);
    }
}
