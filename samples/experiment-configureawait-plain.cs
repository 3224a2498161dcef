// ConfigureAwait (tutorial section 4): awaited plainly, each call of FetchAsync suspends and
// allocates its box under .NET's model. unawait's own model pools the boxes of calls awaited
// directly, so there the plain await allocates almost nothing.
// counts dotnet: state machine boxes=101; suspensions=200
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

    static async Task Main()
    {
        long sum = 0;
        for (int i = 0; i < 100; i++)
            sum += await FetchAsync(i);
        Console.WriteLine(sum);
    }
}
