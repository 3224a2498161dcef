// expect: CS0523, CS0523
// Two structs contain each other: neither could have a size.
using System;

struct Outer
{
    public Inner In;
}

struct Inner
{
    public Outer Out;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Outer());
    }
}
