// Tutorial Pattern 1: remove unnecessary async wrappers.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> FetchAsync(int id)
    {
        await Task.Delay(10);
        return id * 2;
    }

    // Before: a state machine whose only job is to await and hand the value back.
    static async Task<int> GetAsync(int id)
    {
        return await FetchAsync(id);
    }

    // After: the task itself, no state machine.
    static Task<int> GetDirect(int id)
    {
        return FetchAsync(id);
    }

    static async Task Main()
    {
        Console.WriteLine(await GetAsync(1) + await GetDirect(2));
    }
}
