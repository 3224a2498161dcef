// Pattern 1 / Optimization 4, after: the method returns the inner task itself, so only one
// state machine runs per call: one box per call under .NET's model, half the wrapper's.
// counts dotnet: state machine boxes=101; suspensions=200
// counts unawait: state machine boxes=101; suspensions=200
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> FetchAsync(int id)
    {
        await Task.Yield();
        return id;
    }

    static Task<int> GetAsync(int id) => FetchAsync(id);

    static async Task Main()
    {
        long sum = 0;
        for (int i = 0; i < 100; i++)
            sum += await GetAsync(i);
        Console.WriteLine(sum);
    }
}
