// Tutorial section 9 (async + locks, after): the permit is released in a finally block.
// expect: none
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static SemaphoreSlim gate = new SemaphoreSlim(1);

    static async Task<int> SaveAsync(int value)
    {
        await Task.Delay(10);
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException("value");
        }
        return value;
    }

    static async Task<int> StoreAsync(int value)
    {
        await gate.WaitAsync();
        try
        {
            return await SaveAsync(value);
        }
        finally
        {
            gate.Release();
        }
    }

    // Nothing awaited while the permit is held can fail.
    static async Task PauseAsync()
    {
        await gate.WaitAsync();
        await Task.Delay(10);
        gate.Release();
    }

    static async Task Main()
    {
        Console.WriteLine(await StoreAsync(1));
        try
        {
            await StoreAsync(-1);
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("failed; free permits: " + gate.CurrentCount);
        }
        await PauseAsync();
        Console.WriteLine("free permits: " + gate.CurrentCount);
    }
}
