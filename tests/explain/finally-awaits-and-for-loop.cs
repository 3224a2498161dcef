// Trap A on paths through `finally` and `for`: a `return` inside a `try` whose `finally` awaits
// Task.Yield() suspends on every call (the return runs the finally first), and so does a `for`
// loop whose first test is true (0 < 3) and whose body awaits a method that always suspends.
// The awaiting finally keeps three hidden values in the frame: which way out of the try was
// taken, the exception in flight (null when none) and the returned value; C# keeps them in
// `<>7__wrapN` fields. The awaiters are typed as C# types them (TaskAwaiter<int>).
using System;
using System.Threading.Tasks;

static class Program
{
    static int cleanups;

    static async Task<int> ReturnThroughAwaitingFinallyAsync(int n)
    {
        try
        {
            return n * 2;
        }
        finally
        {
            await Task.Yield();
            cleanups++;
        }
    }

    static async Task<int> ForLoopAsync()
    {
        int sum = 0;
        for (int i = 0; i < 3; i++)
        {
            sum += await SlowAsync(i);
        }
        return sum;
    }

    static async Task<int> SlowAsync(int i)
    {
        await Task.Delay(1);
        return i * 10;
    }

    static async Task Main()
    {
        Console.WriteLine(await ReturnThroughAwaitingFinallyAsync(21));
        Console.WriteLine(await ForLoopAsync());
        Console.WriteLine("cleanups: " + cleanups);
    }
}
