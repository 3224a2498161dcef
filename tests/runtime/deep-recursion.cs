// Deep but finite recursion works: 100,000 synchronous frames, and 100,000 nested awaits of
// methods that complete synchronously.
using System;
using System.Threading.Tasks;

static class Program
{
    static long Sum(int n)
    {
        if (n == 0) return 0;
        return n + Sum(n - 1);
    }

    static async Task<long> SumAsync(int n)
    {
        if (n == 0) return 0;
        return n + await SumAsync(n - 1);
    }

    static async Task Main()
    {
        Console.WriteLine(Sum(100000));
        Console.WriteLine(await SumAsync(100000));
    }
}
