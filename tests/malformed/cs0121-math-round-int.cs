// expect: CS0121
// An int converts equally well to Math.Round's double and decimal overloads: the call is ambiguous.
using System;

class Program
{
    static void Main()
    {
        int x = 7;
        Console.WriteLine(Math.Round(x));
    }
}
