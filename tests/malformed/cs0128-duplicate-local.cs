// expect: CS0128
// `x` is declared twice in the same scope.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int x = 1;
        int x = 2;
        Console.WriteLine(x);
    }
}
