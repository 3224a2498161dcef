// expect: CS0305, CS0308
// Two type arguments for a method with one type parameter, and type arguments for a method with none.
using System;

static class Program
{
    static T Id<T>(T x) => x;
    static int Twice(int x) => x * 2;

    static void Main()
    {
        Console.WriteLine(Id<int, string>(1));
        Console.WriteLine(Twice<int>(2));
    }
}
