// expect: CS0023
// `?.` needs a value that can be null: an `int` never is.
using System;


static class Program
{
    static void Main()
    {
        int count = 3;
        Console.WriteLine(count?.ToString());
    }
}
