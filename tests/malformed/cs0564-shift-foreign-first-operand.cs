// expect: CS0564
// The first operand of a shift operator must be the type that declares it.
using System;

class Bits
{
    public int V;
    public static Bits operator <<(int n, Bits b) => new Bits { V = b.V << n };
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
