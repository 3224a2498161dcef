// expect: CS0718
// A static class as the type argument of a generic class of the program.
using System;

static class Util { public static int Twice(int x) => x * 2; }

class Box<T> { public T Value; }

class Program
{
    static void Main()
    {
        var b = new Box<Util>();
        Console.WriteLine(b == null);
    }
}
