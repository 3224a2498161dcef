// expect: UA0100
// An out argument that is a static field (valid C#): only locals are passed by out so far.
using System;

static class Program
{
    static int parsed;

    static void Main()
    {
        Console.WriteLine(int.TryParse("12", out parsed) + " " + parsed);
    }
}
