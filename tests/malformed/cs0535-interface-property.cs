// expect: CS0535
// A class lacks the property its interface declares.
using System;

interface IShape { double Area { get; } }

class Square : IShape
{
    public double Side = 2;
}

static class Program
{
    static void Main() { Console.WriteLine(new Square().Side); }
}
