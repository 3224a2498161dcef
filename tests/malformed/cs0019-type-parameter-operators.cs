// expect: CS0019, CS0019
// Unconstrained type parameters have no `==` between them and no `+`.
using System;

static class Program
{
    static bool Same<T>(T a, T b) => a == b;
    static T Add<T>(T a, T b) => a + b;

    static void Main()
    {
        Console.WriteLine(Same(1, 2));
        Console.WriteLine(Add(1, 2));
    }
}
