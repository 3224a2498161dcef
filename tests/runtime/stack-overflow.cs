// Unbounded recursion ends the process as .NET does: "Stack overflow." and SIGABRT's 134.
using System;

static class Program
{
    static int Down(int n)
    {
        return Down(n + 1) + 1;
    }

    static void Main()
    {
        Console.WriteLine("before");
        Console.WriteLine(Down(0));
    }
}
