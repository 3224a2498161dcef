// expect: CS0133
// A const local needs a constant value.
using System;


static class Program
{
    static void Main()
    {
        int n = 4;
        const int Twice = n * 2;
        Console.WriteLine(Twice);
    }
}
