// Recursion through async methods that suspend at every level: 20,000 boxes alive at the
// deepest point, collected once the chain unwinds; twenty times.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Depth(int n)
    {
        if (n == 0) return 0;
        await Task.Yield();
        return 1 + await Depth(n - 1);
    }

    static async Task Main()
    {
        int total = 0;
        for (int i = 0; i < 20; i++)
        {
            total += await Depth(20000);
        }
        Console.WriteLine(total);
    }
}
