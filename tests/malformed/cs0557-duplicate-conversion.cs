// expect: CS0557
// An implicit and an explicit conversion between the same two types are a duplicate.
using System;

struct Celsius
{
    public double Degrees;
    public static implicit operator double(Celsius c) => c.Degrees;
    public static explicit operator double(Celsius c) => c.Degrees;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
