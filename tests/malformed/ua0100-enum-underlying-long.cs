// expect: UA0100
// An enum with an underlying type other than int (here long) is named once; its members draw nothing more.
using System;

enum Size : long { Byte = 1, Terabyte = 1L << 40 }

static class Program
{
    static void Main()
    {
        Size s = Size.Terabyte;
        Console.WriteLine(s);
    }
}
