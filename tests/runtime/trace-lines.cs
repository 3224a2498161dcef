// An unhandled exception's trace names a line on every frame, the innermost ones included: the
// `throw` statement's line, the line of a `/` that divides by zero, and the line of each call
// the exception passes through, synchronous methods as well as async ones.
using System;
using System.Threading.Tasks;

static class Program
{
    static int zero = 0;

    static int Divide(int n)
    {
        return n / zero;
    }

    static int Twice(int n)
    {
        int r = Divide(n);
        return r * 2;
    }

    static async Task<int> CheckAsync(int n)
    {
        await Task.Yield();
        if (n > 1)
        {
            throw new InvalidOperationException("too big: " + n);
        }
        return n;
    }

    static async Task<int> RunAsync()
    {
        await Task.Yield();
        try
        {
            await CheckAsync(2);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
        return Twice(3);
    }

    static async Task Main()
    {
        Console.WriteLine(await RunAsync());
    }
}
