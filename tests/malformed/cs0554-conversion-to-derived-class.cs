// expect: CS0554
// A conversion from a class to a class derived from it is built in (a cast): the program cannot define one.
using System;

class Shape
{
    public static explicit operator Circle(Shape s) => new Circle();
}

class Circle : Shape { }

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    }
}
