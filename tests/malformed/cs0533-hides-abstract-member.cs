// expect: CS0533, CS0533
// An abstract class hides its base's abstract method without `override`, and another hides an abstract property with `new`.
using System;

abstract class Shape
{
    public abstract double Area();
    public abstract int Sides { get; }
}

abstract class Square : Shape
{
    public double Area() { return 1; }
}

abstract class Triangle : Shape
{
    public new int Sides { get { return 3; } }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("x");
    }
}
