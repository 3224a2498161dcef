// Tutorial section 9 (deadlocks): ConfigureAwait(false) makes a blocking wait safe only when every await below it uses it.
// expect: UA0202
// expect: UA0202
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> ReadAsync(int v)
    {
        await Task.Delay(10);
        return v + 1;
    }

    static async Task<int> ParseAsync(int v)
    {
        await Task.Delay(5).ConfigureAwait(false);
        return v * 3;
    }

    // Every await below uses ConfigureAwait(false): nothing is posted back to the blocked thread.
    static async Task<int> LoadAsync(int v)
    {
        int parsed = await ParseAsync(v).ConfigureAwait(false);
        await Task.Delay(10).ConfigureAwait(false);
        return parsed + 1;
    }

    // ConfigureAwait(false) here, but ReadAsync's await captures the caller's context.
    static async Task<int> FetchAsync(int v)
    {
        int read = await ReadAsync(v).ConfigureAwait(false);
        return read * 2;
    }

    static void Report()
    {
        Console.WriteLine(LoadAsync(1).Result);
        Console.WriteLine(FetchAsync(2).GetAwaiter().GetResult());
    }

    static async Task Main()
    {
        Report();
        await Task.Delay(1);
    }
}
