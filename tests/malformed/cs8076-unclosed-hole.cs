// expect: CS8076, CS0029
// The `{` of an interpolation hole is never closed; the error stays on its line.
using System;

static class Program
{
    static void Main()
    {
        string s = "x";
        Console.WriteLine($"{s");
        int y = "no";
    }
}
