// expect: CS0157
// goto cannot leave a finally block.
using System;


static class Program
{
    static void Main()
    {
        try
        {
            Console.WriteLine("try");
        }
        finally
        {
            goto done;
        }
    done:
        Console.WriteLine("done");
    }
}
