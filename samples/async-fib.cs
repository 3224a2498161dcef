// Recursive async methods: Fibonacci with a Task.Yield every fifth level (a small version of the B4 workload).
using System;
using System.Threading.Tasks;

static class Program
{
    static int yields = 0;
    static int calls = 0;

    static int Fib(int n)
    {
        return n < 2 ? n : Fib(n - 1) + Fib(n - 2);
    }

    static async Task<int> FibAsync(int n)
    {
        calls++;
        if (n < 2)
        {
            return n;
        }
        if (n % 5 == 0)
        {
            yields++;
            await Task.Yield();
        }
        return await FibAsync(n - 1) + await FibAsync(n - 2);
    }

    static async Task<long> SumToAsync(int n)
    {
        if (n == 0)
        {
            return 0;
        }
        long rest = await SumToAsync(n - 1);
        return rest + n;
    }

    static async Task Main()
    {
        for (int n = 0; n <= 10; n++)
        {
            Console.Write(await FibAsync(n) + (n < 10 ? " " : "\n"));
        }
        calls = 0;
        yields = 0;
        int f = await FibAsync(18);
        Console.WriteLine("FibAsync(18) = " + f + ", Fib(18) = " + Fib(18));
        Console.WriteLine("calls = " + calls + ", yields = " + yields);
        Console.WriteLine("SumToAsync(1000) = " + await SumToAsync(1000));
    }
}
