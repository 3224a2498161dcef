// expect: CS0019
// The left side of `??` must be able to be null: an `int` never is.
using System;


static class Program
{
    static void Main()
    {
        int count = 3;
        Console.WriteLine(count ?? 0);
    }
}
