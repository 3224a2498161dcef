// expect: CS4032
// `await` in a non-async method that returns int (Roslyn suggests Task<int>). (mcs reports CS4033 for every non-async method; Roslyn distinguishes CS4032 (non-void) from CS4033 (void).)
using System;
using System.Threading.Tasks;


static class Program
{
    static int Compute()
    {
        await Task.Delay(10);
        return 1;
    }

    static void Main()
    {
        Console.WriteLine(Compute());
    }
}
