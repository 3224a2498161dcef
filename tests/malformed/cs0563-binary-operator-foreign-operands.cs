// expect: CS0563
// One of the parameters of a binary operator must be the type that declares it.
using System;

class Money
{
    public long Cents;
    public static int operator +(int a, int b) => a - b;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1 + 2);
    }
}
