// Pattern 1 / Optimization 4, before: a wrapper that only awaits another task. Under .NET's
// model each call runs two state machines, and when the inner one suspends both allocate a
// box: two boxes per call. unawait skips the wrapper at calls awaited directly and pools the
// boxes (`--model unawait`).
// counts dotnet: state machine boxes=201; suspensions=300
// counts unawait: state machine boxes=3; suspensions=200
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> FetchAsync(int id)
    {
        await Task.Yield();
        return id;
    }

    static async Task<int> GetAsync(int id)
    {
        return await FetchAsync(id);
    }

    static async Task Main()
    {
        long sum = 0;
        for (int i = 0; i < 100; i++)
            sum += await GetAsync(i);
        Console.WriteLine(sum);
    }
}
