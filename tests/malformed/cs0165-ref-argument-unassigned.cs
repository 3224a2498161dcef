// expect: CS0165
// A ref argument must be definitely assigned before the call (an out argument need not be).
using System;

static class Program
{
    static void Bump(ref int x) { x++; }

    static void Main()
    {
        int a;
        Bump(ref a);
        Console.WriteLine(a);
    }
}
