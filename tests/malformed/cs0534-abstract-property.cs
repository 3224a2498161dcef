// expect: CS0534
// A class does not override its base's abstract property.
using System;

abstract class Shape { public abstract double Area { get; } }

class Square : Shape { }

static class Program
{
    static void Main() { Console.WriteLine(new Square() != null); }
}
