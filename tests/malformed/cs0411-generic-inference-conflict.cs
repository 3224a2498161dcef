// expect: CS0411
// `T` would be both string and int: no type argument can be inferred.
using System;

static class Program
{
    static T Pick<T>(T a, T b) => a;

    static void Main()
    {
        Console.WriteLine(Pick("a", 1));
    }
}
