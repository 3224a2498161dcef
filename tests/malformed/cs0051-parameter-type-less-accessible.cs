// expect: CS0051, CS0051
// A public method and a public constructor of a public class take an internal class as a parameter.
using System;

class Settings { }

public class Program
{
    public Program(Settings s) { }

    public static void Apply(int times, Settings s) { }

    static void Main()
    {
        Console.WriteLine("x");
    }
}
