// expect: CS0031, CS0031
// An int constant converts to byte or short implicitly only when it is in the type's range.
using System;

class Program
{
    static void Main()
    {
        byte b = 256;
        short s = -40000;
        Console.WriteLine(b + s);
    }
}
