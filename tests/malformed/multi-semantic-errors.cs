// expect: CS0103, CS0029, CS0161, CS1503, CS0266
// Five independent type errors in five methods; each must be reported, not just the first.
using System;
using System.Threading.Tasks;


static class Program
{
    static int UsesUndefined()
    {
        return undefinedValue + 1;
    }

    static void WrongAssignment()
    {
        int n = "text";
        Console.WriteLine(n);
    }

    static int MissingReturn(bool b)
    {
        if (b)
        {
            return 1;
        }
    }

    static int Square(int n)
    {
        return n * n;
    }

    static void Main()
    {
        Console.WriteLine(Square(true));
        long big = 10;
        int small = big;
        Console.WriteLine(small);
    }
}
