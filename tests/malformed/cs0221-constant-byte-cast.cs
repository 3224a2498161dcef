// expect: CS0221, CS0221
// A constant cast to sbyte or ushort that does not fit is an error outside `unchecked`.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine((sbyte)200);
        Console.WriteLine((ushort)-1);
        Console.WriteLine(unchecked((ushort)-1));
    }
}
