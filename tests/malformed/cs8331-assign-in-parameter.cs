// expect: CS8331
// An `in` parameter is read-only: the method cannot assign it (C# 7.2+; mcs accepts this invalid program).
using System;

static class Program
{
    static int Next(in int x)
    {
        x = x + 1;
        return x;
    }

    static void Main()
    {
        int a = 1;
        Console.WriteLine(Next(in a));
    }
}
