// Tutorial Pattern 2: collapse nested awaits into one await per statement.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> SlowAsync(int v, int ms)
    {
        await Task.Delay(ms);
        return v;
    }

    // Before: the inner await's result is the outer await's task.
    static async Task<int> FirstNested()
    {
        return await (await Task.WhenAny(SlowAsync(1, 30), SlowAsync(2, 10)));
    }

    // After: two statements, each with one await.
    static async Task<int> FirstSplit()
    {
        Task<int> winner = await Task.WhenAny(SlowAsync(1, 30), SlowAsync(2, 10));
        int result = await winner;
        return result;
    }

    static async Task Main()
    {
        Console.WriteLine(await FirstNested() + " " + await FirstSplit());
    }
}
