// expect: CS0269
// An out parameter is unassigned on entry: reading it before the method assigns it is an error.
using System;

static class Program
{
    static void Bump(out int count)
    {
        count = count + 1;
    }

    static void Main()
    {
        Bump(out int c);
        Console.WriteLine(c);
    }
}
