// expect: UA0103
// StringComparison is outside the language: the one diagnostic names it, with no CS0176 about the static string.Equals(string, string) the call would otherwise fit.
using System;

static class Program
{
    static void Main()
    {
        string answer = "YES";
        Console.WriteLine(answer.Equals("yes", StringComparison.OrdinalIgnoreCase));
    }
}
