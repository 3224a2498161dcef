// expect: CS0019, CS0029
// A task used as its result: C# rejects both; the hint says to add `await` (and, in a method
// that is not async, to mark it `async`).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> PriceAsync(int id)
    {
        await Task.Delay(1);
        return id * 10;
    }

    static async Task Main()
    {
        int total = 0;
        total += PriceAsync(1);
        Console.WriteLine(total);
    }

    static int Sync()
    {
        int first = PriceAsync(2);
        return first;
    }
}
