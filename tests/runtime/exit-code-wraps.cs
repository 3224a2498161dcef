// An exit code is a byte on Linux: Main's 300 arrives as 44 and -1 as 255.
using System;

static class Program
{
    static int Main()
    {
        Console.WriteLine("exiting with 300");
        return 300;
    }
}
