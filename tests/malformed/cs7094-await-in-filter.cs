// expect: CS7094
// An exception filter cannot await.
using System;
using System.Threading.Tasks;


static class Program
{
    static async Task<bool> ShouldCatch() { await Task.Yield(); return true; }

    static async Task Main()
    {
        try
        {
            throw new InvalidOperationException("x");
        }
        catch (InvalidOperationException) when (await ShouldCatch())
        {
            Console.WriteLine("caught");
        }
    }
}
