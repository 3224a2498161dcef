// expect: CS1741
// A ref or out parameter cannot have a default value (an `in` parameter can).
using System;

static class Program
{
    static void Bump(ref int x = 0) { x++; }

    static void Main()
    {
        int a = 1;
        Bump(ref a);
        Console.WriteLine(a);
    }
}
