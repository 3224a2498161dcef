// `return await` wrappers: unawait's calls skip them where C# could not tell (docs/lowering.md),
// so this prints what C# prints, and the trace of the exception nobody catches still lists every
// wrapper at its await. A wrapper of a wrapper, arguments reordered and constant, a wrapper whose
// task is kept (not skipped), one with ConfigureAwait (not skipped), and a ValueTask wrapper.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> DivideAsync(int a, int b)
    {
        await Task.Delay(10);
        Console.WriteLine("dividing " + a + " by " + b);
        return a / b;
    }

    static async Task<int> SwapAsync(int b, int a)
    {
        return await DivideAsync(a, b);
    }

    static async Task<int> HalfAsync(int a)
    {
        return await SwapAsync(2, a);
    }

    static async Task<int> InverseAsync(int a)
    {
        return await SwapAsync(a, 1);
    }

    static async Task<int> KeepContextFreeAsync(int a)
    {
        return await DivideAsync(a, 3).ConfigureAwait(false);
    }

    static async ValueTask<int> CountAsync(int n)
    {
        await Task.Yield();
        return n + 1;
    }

    static async ValueTask<int> CountWrapperAsync(int n)
    {
        return await CountAsync(n);
    }

    static async Task LogAsync(string text)
    {
        await Task.Delay(5);
        Console.WriteLine("log: " + text);
    }

    static async Task LogWrapperAsync(string text)
    {
        await LogAsync(text);
    }

    static async Task Main()
    {
        Console.WriteLine("half of 10: " + await HalfAsync(10));
        Console.WriteLine("swapped: " + await SwapAsync(4, 20));
        Task<int> kept = HalfAsync(7);
        Console.WriteLine("kept: " + await kept);
        Console.WriteLine("a third of 9: " + await KeepContextFreeAsync(9));
        Console.WriteLine("counted: " + await CountWrapperAsync(41));
        await LogWrapperAsync("hello");
        try
        {
            await SwapAsync(0, 1);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
        Console.WriteLine("zero: " + await HalfAsync(0));
        Console.WriteLine("inverse: " + await InverseAsync(1));
        Console.WriteLine("last: " + await InverseAsync(0));
        Console.WriteLine("never printed");
    }
}
