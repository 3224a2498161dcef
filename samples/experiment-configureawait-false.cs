// ConfigureAwait (tutorial section 4): `ConfigureAwait(false)` changes where the continuation
// runs, not what is allocated: under .NET's model the same boxes as the plain await. (Under
// unawait's model the call is no longer awaited directly, so its boxes are not pooled.)
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

    static async Task Main()
    {
        long sum = 0;
        for (int i = 0; i < 100; i++)
            sum += await FetchAsync(i).ConfigureAwait(false);
        Console.WriteLine(sum);
    }
}
