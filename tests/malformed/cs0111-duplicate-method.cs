// expect: CS0111
// Two methods named Twice have the same parameter types.
using System;
using System.Threading.Tasks;


static class Program
{
    static int Twice(int n)
    {
        return n * 2;
    }

    static int Twice(int m)
    {
        return m + m;
    }

    static void Main()
    {
        Console.WriteLine(Twice(2));
    }
}
