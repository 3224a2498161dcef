// expect: CS0126
// A method returning int has a bare `return;`.
using System;
using System.Threading.Tasks;


static class Program
{
    static int Half(int n)
    {
        if (n < 0)
        {
            return;
        }
        return n / 2;
    }

    static void Main()
    {
        Console.WriteLine(Half(8));
    }
}
