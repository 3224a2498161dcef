// expect: CS1615
// A parameter taken by value may not be passed with `ref`.
using System;

static class Program
{
    static int Twice(int x) { return x * 2; }

    static void Main()
    {
        int v = 3;
        Console.WriteLine(Twice(ref v));
    }
}
