// expect: UA0103
// StringSplitOptions is outside the language: the one diagnostic names it, with no other diagnostic about the Split overloads the call would otherwise fit.
using System;

static class Program
{
    static void Main()
    {
        string answer = "a,,b";
        Console.WriteLine(answer.Split(',', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
