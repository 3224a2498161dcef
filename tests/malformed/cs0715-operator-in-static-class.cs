// expect: CS0715
// A static class cannot declare operators: there are no values of its type (mcs, like Roslyn, also reports CS0721 for the static type as a parameter type).
using System;

static class Helpers
{
    public static int operator +(Helpers a, int b) => b;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
