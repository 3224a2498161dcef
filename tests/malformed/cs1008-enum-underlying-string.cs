// expect: CS1008
// An enum's base list must name an integral type.
using System;

enum Name : string { First, Second }

static class Program
{
    static void Main()
    {
        Console.WriteLine(Name.First);
    }
}
