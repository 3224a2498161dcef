// expect: CS8387
// A warning only: the generic local function's `T` has the name of its method's `T`, which it hides; the program runs (the inner `T` is inferred as string).
using System;

static class Program
{
    static void Show<T>(T value)
    {
        string Describe<T>(T other) => typeof(T).Name + ":" + other;
        Console.WriteLine(Describe("x") + " " + value);
    }

    static void Main()
    {
        Show(1);
    }
}
