// Tutorial section 9 (async + locks): a SemaphoreSlim permit held across an await that can fail, without try/finally.
// expect: UA0212
// expect: UA0212
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
        int saved = await SaveAsync(value);
        gate.Release();
        return saved;
    }

    static async Task WaitStepAsync(SemaphoreSlim local, CancellationToken token)
    {
        await local.WaitAsync();
        Console.WriteLine("holding");
        await Task.Delay(10, token);
        local.Release();
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
        SemaphoreSlim local = new SemaphoreSlim(1);
        CancellationTokenSource source = new CancellationTokenSource();
        source.Cancel();
        try
        {
            await WaitStepAsync(local, source.Token);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("canceled; free permits: " + local.CurrentCount);
        }
    }
}
