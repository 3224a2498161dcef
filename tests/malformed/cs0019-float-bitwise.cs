// expect: CS0019
// `&` has no float operator: float with int promotes to float, which is no integer.
using System;

class Program
{
    static void Main()
    {
        float f = 1.5f;
        uint mask = 3;
        Console.WriteLine(f & mask);
    }
}
