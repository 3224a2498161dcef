// expect: CS1020
// `!` is no binary operator: with two parameters it is not an operator C# lets a type declare.
using System;

struct Flag
{
    public bool On;
    public static bool operator !(Flag a, Flag b) => a.On && b.On;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
