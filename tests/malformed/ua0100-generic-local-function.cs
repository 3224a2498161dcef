// expect: UA0100
// Valid C#: a generic local function; unawait does not have them yet.
using System;

static class Program
{
    static void Main()
    {
        T Twice<T>(T x, Func<T, T> f) => f(f(x));
        Console.WriteLine(Twice(3, n => n + 1));
    }
}
