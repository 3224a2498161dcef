// B4 (../shared/brief/anchors.md): async Fib(27) with a Task.Yield every 5th level of the
// recursion. Measures deep chains of awaits that mostly complete synchronously, some suspending.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> FibAsync(int n)
    {
        if (n < 2)
        {
            return n;
        }
        if (n % 5 == 0)
        {
            await Task.Yield();
        }
        return await FibAsync(n - 1) + await FibAsync(n - 2);
    }

    static async Task Main()
    {
        int f = await FibAsync(27);
        Console.WriteLine("B4 fib(27) = " + f);
    }
}
