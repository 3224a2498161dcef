// expect: CS1013
// `0x` without hexadecimal digits is not a number.
using System;

static class Program
{
    static void Main()
    {
        int x = 0x;
        Console.WriteLine(x);
    }
}
