// expect: CS0176
// An enum's members are static: reached through a value of the enum, not the type.
using System;

enum Color { Red, Green, Blue }

static class Program
{
    static void Main()
    {
        Color c = Color.Red;
        Console.WriteLine(c.Green);
    }
}
