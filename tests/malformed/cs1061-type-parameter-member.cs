// expect: CS1061
// A type parameter without constraints has only object's members: `x.Length` is not one.
using System;

static class Program
{
    static int Size<T>(T x) => x.Length;

    static void Main()
    {
        Console.WriteLine(Size("abc"));
    }
}
