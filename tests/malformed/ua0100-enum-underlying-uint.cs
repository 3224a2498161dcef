// expect: UA0100
// An enum whose underlying type is uint (outside the language's types) is named once; its members and uses draw nothing more.
using System;

enum Mask : uint { None = 0, All = 0xFFFFFFFF }

static class Program
{
    static void Main()
    {
        Mask m = Mask.All;
        Console.WriteLine(m);
    }
}
