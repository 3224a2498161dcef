// expect: CS0153
// goto case outside a switch statement.
using System;


static class Program
{
    static void Main()
    {
        int n = 1;
        if (n == 1)
        {
            goto case 1;
        }
        Console.WriteLine(n);
    }
}
