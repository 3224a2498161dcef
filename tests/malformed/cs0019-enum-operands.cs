// expect: CS0019, CS0019, CS0019, CS0019
// An enum adds an int, subtracts its own type or an int, and combines bits with its own type only.
using System;

enum Color { Red, Green, Blue }
enum Size { Small, Large }

static class Program
{
    static void Main()
    {
        Color c = Color.Green;
        Console.WriteLine(c + Color.Blue);
        Console.WriteLine(c - Size.Large);
        Console.WriteLine(c | Size.Large);
        Console.WriteLine(c * 2);
    }
}
