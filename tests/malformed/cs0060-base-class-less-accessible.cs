// expect: CS0060
// A public class derives from an internal one.
using System;

class Animal { }

public class Dog : Animal { }

class Program
{
    static void Main()
    {
        Console.WriteLine(new Dog() != null);
    }
}
