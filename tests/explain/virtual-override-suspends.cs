// A virtual async method that never suspends, overridden by one that always does: a call
// through the base type may run either, so its await depends on run time (it would be wrong to
// say it completes synchronously: the JIT would then block on the override's pending task).
using System;
using System.Threading.Tasks;

class Source
{
    public virtual async Task<int> ReadAsync()
    {
        return 1;
    }
}

class SlowSource : Source
{
    public override async Task<int> ReadAsync()
    {
        await Task.Delay(20);
        return 2;
    }
}

static class Program
{
    static async Task<int> SumAsync(Source a, Source b)
    {
        int x = await a.ReadAsync();
        int y = await b.ReadAsync();
        return x + y;
    }

    static async Task Main()
    {
        var t = SumAsync(new Source(), new SlowSource());
        Console.WriteLine("started, completed = " + t.IsCompleted);
        Console.WriteLine(await t);
    }
}
