// expect: CS1109
// An extension method in a nested static class.
using System;

static class Outer
{
    public static class Ext
    {
        public static int Twice(this int x) => 2 * x;
    }
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(Outer.Ext.Twice(3));
    }
}
