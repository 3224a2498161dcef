// expect: CS0562
// The parameter of a unary operator must be the type that declares it.
using System;

class Money
{
    public long Cents;
    public static Money operator -(long cents) => new Money { Cents = -cents };
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
