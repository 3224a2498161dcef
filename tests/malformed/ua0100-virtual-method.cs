// expect: UA0100, UA0100, UA0100
// Valid C#, but inheritance is not supported yet: the `virtual` method, the base list and the `override` each draw one UA0100, and nothing follows.
using System;

class Shape
{
    public virtual double Area() { return 0; }
}

class Square : Shape
{
    private double side = 2;
    public override double Area() { return side * side; }
}

static class Program
{
    static void Main()
    {
        Shape s = new Square();
        Console.WriteLine(s.Area());
    }
}
