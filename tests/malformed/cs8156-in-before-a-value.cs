// expect: CS8156
// `in` before an argument passes a variable by reference; a constant is no variable (mcs accepts this invalid program).
using System;

static class Program
{
    static int Get(in int x) { return x; }

    static void Main()
    {
        Console.WriteLine(Get(in 5));
    }
}
