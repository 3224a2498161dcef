// expect: CS0622
// A bare `{ ... }` initializer can only initialize an array.
using System;

static class Program
{
    static void Main()
    {
        int b = { 1 };
        Console.WriteLine(b);
    }
}
