// expect: CS1503
// By reference, the argument's type must be the parameter's exactly: a long variable is no int variable.
using System;

static class Program
{
    static void Bump(ref int x) { x++; }

    static void Main()
    {
        long a = 1;
        Bump(ref a);
        Console.WriteLine(a);
    }
}
