// expect: CS0177
// An out parameter must be assigned on every path that leaves the method; the early return skips it.
using System;

static class Program
{
    static bool TryHalf(int n, out int half)
    {
        if (n % 2 != 0) return false;
        half = n / 2;
        return true;
    }

    static void Main()
    {
        Console.WriteLine(TryHalf(4, out int h) ? h : -1);
    }
}
