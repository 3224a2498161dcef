// expect: CS0556
// A user-defined conversion must convert to or from the type that declares it.
using System;

struct Celsius
{
    public double Degrees;
    public static implicit operator string(int n) => n.ToString();
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
