// expect: CS0031, CS0031
// A negative int constant converts to neither uint nor ulong.
using System;

class Program
{
    static void Main()
    {
        uint u = -1;
        ulong big = -5;
        Console.WriteLine(u + big);
    }
}
