// expect: CS0136
// The inner block declares `x`, which is already a local of the enclosing scope.
using System;
using System.Threading.Tasks;


static class Program
{
    static void Main()
    {
        int x = 1;
        if (x > 0)
        {
            int x = 2;
            Console.WriteLine(x);
        }
    }
}
