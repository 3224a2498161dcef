// expect: CS0304
// `new T()` needs `where T : new()`.
using System;

static class Program
{
    static T Make<T>() => new T();

    static void Main()
    {
        Console.WriteLine(Make<int>());
    }
}
