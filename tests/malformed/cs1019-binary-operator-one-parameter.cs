// expect: CS1019
// `*` is no unary operator: with one parameter it is not an operator C# lets a type declare.
using System;

struct Money
{
    public long Cents;
    public static Money operator *(Money a) => a;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
