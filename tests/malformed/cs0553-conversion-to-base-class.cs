// expect: CS0553
// A conversion between a class and its base class is built in: the program cannot define one.
using System;

class Shape { }

class Circle : Shape
{
    public static explicit operator Circle(Shape s) => new Circle();
}

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
