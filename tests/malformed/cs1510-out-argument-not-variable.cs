// expect: CS1510
// A constant is no variable to pass as an out argument.
using System;

static class Program
{
    const int Zero = 0;

    static void Main()
    {
        Console.WriteLine(int.TryParse("1", out Zero));
    }
}
