// expect: CS1100
// `this` on a parameter other than the first.
using System;

static class Ext
{
    public static int Pick(int y, this int x) => x;
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(Ext.Pick(1, 2));
    }
}
