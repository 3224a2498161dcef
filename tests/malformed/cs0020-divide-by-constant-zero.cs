// expect: CS0020
// Integer division by the constant 0 is a compile-time error.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int x = 10 / 0;
        Console.WriteLine(x);
    }
}
