// expect: CS1021
// The literal does not fit in any integral type (ulong included).
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        long x = 99999999999999999999;
        Console.WriteLine(x);
    }
}
