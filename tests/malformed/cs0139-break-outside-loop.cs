// expect: CS0139
// `break` with no enclosing loop.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int n = 3;
        if (n > 2)
        {
            break;
        }
        Console.WriteLine(n);
    }
}
