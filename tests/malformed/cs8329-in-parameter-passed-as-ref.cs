// expect: CS8329
// An `in` parameter is read-only: it cannot be passed on as `ref` (C# 7.2+; mcs accepts this invalid program).
using System;

static class Program
{
    static void Bump(ref int x) { x++; }
    static void Pass(in int y) { Bump(ref y); }

    static void Main()
    {
        Pass(1);
        Console.WriteLine("done");
    }
}
