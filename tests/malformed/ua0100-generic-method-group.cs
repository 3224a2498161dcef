// expect: UA0100
// Valid C#: a generic method as a delegate argument, its type argument inferred from the delegate type; unawait does not infer it yet.
using System;
using System.Linq;

static class Program
{
    static T Id<T>(T x) => x;

    static void Main()
    {
        Console.WriteLine(string.Join(",", new[] { 1, 2 }.Select(Id)));
    }
}
