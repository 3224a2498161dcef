// expect: CS0555
// A user-defined conversion from a type to the same type is not allowed.
using System;

struct Celsius
{
    public double Degrees;
    public static implicit operator Celsius(Celsius c) => c;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
