// expect: CS0061
// A public interface extends an internal one.
using System;

interface IShape { }

public interface ICircle : IShape { }

class Program
{
    static void Main()
    {
        Console.WriteLine("x");
    }
}
