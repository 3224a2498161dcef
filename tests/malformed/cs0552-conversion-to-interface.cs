// expect: CS0552
// Conversions to and from an interface are built in: the program cannot define one.
using System;

interface IShape { }

class Circle
{
    public static implicit operator IShape(Circle c) => null;
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
