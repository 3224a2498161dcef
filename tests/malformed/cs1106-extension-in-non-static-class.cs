// expect: CS1106
// An extension method in a class that is not static.
using System;

class Ext
{
    public static int Twice(this int x) => 2 * x;
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(Ext.Twice(3));
    }
}
