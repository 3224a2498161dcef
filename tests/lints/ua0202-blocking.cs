// Tutorial section 9 (deadlocks): blocking on a task that is not known to be complete.
// expect: UA0202
// expect: UA0202
// expect: UA0202
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> ComputeAsync(int v)
    {
        await Task.Delay(10);
        return v * 2;
    }

    static void RunSynchronously()
    {
        ComputeAsync(1).Wait();
        Console.WriteLine(ComputeAsync(2).GetAwaiter().GetResult());
    }

    static async Task Main()
    {
        Task<int> t = ComputeAsync(4);
        int r = t.Result;
        Console.WriteLine(r);
        RunSynchronously();
        await Task.Delay(1);
    }
}
