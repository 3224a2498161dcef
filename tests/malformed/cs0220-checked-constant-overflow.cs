// expect: CS0220, CS0220, CS0221
// Constant expressions are checked unless inside unchecked: int.MaxValue + 1 in the default context and in a checked block, and a constant cast that does not fit.
using System;


static class Program
{
    static void Main()
    {
        int a = int.MaxValue + 1;
        checked
        {
            long b = long.MinValue * -1;
            Console.WriteLine(b);
        }
        int c = (int)3000000000L;
        int fine = unchecked(int.MaxValue + 1);
        Console.WriteLine(a + c + fine);
    }
}
