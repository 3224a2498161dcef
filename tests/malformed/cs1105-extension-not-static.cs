// expect: CS1105
// An extension method that is not static (Roslyn also reports CS0708 for the instance member of a static class).
using System;

static class Ext
{
    public int Twice(this int x) => 2 * x;
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(3);
    }
}
