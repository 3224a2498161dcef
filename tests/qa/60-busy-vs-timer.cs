using System;
using System.Threading.Tasks;

// A timer due at 100 ms and CPU work that takes far longer: a delay started AFTER the work (10 ms)
// is due much later in real time than the first one, so "a" must print before "b".
static class Program
{
    static async Task Delayed(string name, int ms)
    {
        await Task.Delay(ms);
        Console.WriteLine(name);
    }

    static long Busy(int n)
    {
        long acc = 0;
        for (int i = 0; i < n; i++)
        {
            acc = acc * 31 + i;
            if (acc > 1000000007) acc %= 1000000007;
        }
        return acc;
    }

    static async Task Main()
    {
        Task a = Delayed("a", 100);
        long r = 0;
        for (int k = 0; k < 40; k++) r += Busy(10000000);
        Task b = Delayed("b", 10);
        await Task.WhenAll(a, b);
        Console.WriteLine("work " + (r > 0));
    }
}
