// expect: CS0558
// A user-defined operator must be declared both `public` and `static`.
using System;

struct Money
{
    public long Cents;
    static Money operator +(Money a, Money b) => new Money { Cents = a.Cents + b.Cents };
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
