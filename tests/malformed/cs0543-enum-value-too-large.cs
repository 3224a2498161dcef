// expect: CS0543
// The member after int.MaxValue would be one more than an int holds.
using System;

enum Big { Max = int.MaxValue, Beyond }

static class Program
{
    static void Main()
    {
        Console.WriteLine(Big.Max);
    }
}
