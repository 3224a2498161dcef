// expect: CS0692, CS0699, CS0401, CS0449, CS0304
// Malformed type parameter lists and `where` clauses, all reported in one run.
using System;

static class Program
{
    static void F<T, T>(T a) { }
    static void G<T>(T a) where U : class { }
    static void H<T>() where T : new(), class { }
    static T K<T>() where T : class => new T();

    static void Main()
    {
        Console.WriteLine("x");
    }
}
