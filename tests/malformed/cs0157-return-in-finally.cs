// expect: CS0157
// Control cannot leave a finally block with return.
using System;
using System.Threading.Tasks;


static class Program
{
    static int Get()
    {
        try
        {
            return 1;
        }
        finally
        {
            return 2;
        }
    }

    static void Main()
    {
        Console.WriteLine(Get());
    }
}
