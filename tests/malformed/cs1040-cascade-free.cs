// expect: CS1040, CS1026
// A stray `#` (Roslyn: CS1040, as mcs) and a missing `,` each draw one error, not a cascade.
using System;

static class Program
{
    static void Main()
    {
        int x = 5 # 3;
        Console.WriteLine("a" "b");
    }
}
