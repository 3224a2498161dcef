// Tutorial section 9 (deadlocks, after): the caller awaits; nothing blocks a thread.
// expect: none
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

    static async Task<int> LoadAsync(int v)
    {
        int parsed = await ParseAsync(v).ConfigureAwait(false);
        await Task.Delay(10).ConfigureAwait(false);
        return parsed + 1;
    }

    static async Task<int> FetchAsync(int v)
    {
        int read = await ReadAsync(v).ConfigureAwait(false);
        return read * 2;
    }

    static async Task ReportAsync()
    {
        Console.WriteLine(await LoadAsync(1));
        Console.WriteLine(await FetchAsync(2));
    }

    static async Task Main()
    {
        await ReportAsync();
    }
}
