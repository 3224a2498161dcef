// expect: CS0663
// Overloads may differ in whether a parameter is by reference, not in `ref` versus `out`.
using System;

static class Program
{
    static void Set(ref int x) { x = 1; }
    static void Set(out int x) { x = 2; }

    static void Main()
    {
        int v = 0;
        Set(ref v);
        Console.WriteLine(v);
    }
}
