// expect: CS0019, CS0019, CS0019, CS0023
// Bitwise operators need two integers or two bools, a shift an int count; ~ needs an integer.
using System;


static class Program
{
    static void Main()
    {
        int n = 6;
        long count = 2;
        double d = 1.5;
        bool flag = true;
        Console.WriteLine(n & flag);
        Console.WriteLine(n << count);
        Console.WriteLine(d | 1);
        Console.WriteLine(~d);
    }
}
