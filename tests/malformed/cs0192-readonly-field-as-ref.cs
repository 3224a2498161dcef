// expect: CS0192
// A readonly field can be passed by reference only in a constructor of its class.
using System;

class Box
{
    public readonly int Value = 1;
}

static class Program
{
    static void Bump(ref int x) { x++; }

    static void Main()
    {
        var b = new Box();
        Bump(ref b.Value);
        Console.WriteLine(b.Value);
    }
}
