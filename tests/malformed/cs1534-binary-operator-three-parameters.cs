// expect: CS1534
// `+` takes one parameter (unary) or two (binary), never three.
using System;

struct Money
{
    public long Cents;
    public static Money operator +(Money a, Money b, Money c) => a;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
