// expect: CS0527
// A struct's base list names a class: a struct can only implement interfaces.
using System;

class Shape
{
}

struct Square : Shape
{
    public int Side;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Square().Side);
    }
}
