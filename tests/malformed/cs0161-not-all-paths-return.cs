// expect: CS0161
// Sign returns nothing when n is zero.
using System;
using System.Threading.Tasks;


static class Program
{
    static int Sign(int n)
    {
        if (n > 0)
        {
            return 1;
        }
        else if (n < 0)
        {
            return -1;
        }
    }

    static void Main()
    {
        Console.WriteLine(Sign(3));
    }
}
