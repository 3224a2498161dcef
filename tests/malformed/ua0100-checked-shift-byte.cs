// expect: UA0100
// `b <<= 1` on a byte in a checked context must throw when the result leaves the byte's range: not yet.
using System;

class Program
{
    static void Main()
    {
        byte b = 200;
        checked
        {
            b <<= 1;
        }
        Console.WriteLine(b);
    }
}
