// expect: CS0411, CS0411
// A generic local function's type argument cannot be inferred: from nothing (no parameter names T), nor from two conflicting arguments.
using System;

static class Program
{
    static void Main()
    {
        T Make<T>() where T : new() => new T();
        T Pick<T>(T a, T b) => a;
        var made = Make();
        Console.WriteLine(Pick(1, "one"));
    }
}
