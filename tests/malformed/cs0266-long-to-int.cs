// expect: CS0266
// long -> int is a narrowing conversion that needs an explicit cast.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        long big = 5000000000L;
        int small = big;
        Console.WriteLine(small);
    }
}
