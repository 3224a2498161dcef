// expect: CS1525
// The right operand of `+` is missing.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int x = 1 + ;
        Console.WriteLine(x);
    }
}
