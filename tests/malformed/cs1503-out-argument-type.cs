// expect: CS1503
// An out argument is passed by reference: a long variable cannot take int.TryParse's int.
using System;

static class Program
{
    static void Main()
    {
        long n;
        Console.WriteLine(int.TryParse("1", out n));
    }
}
