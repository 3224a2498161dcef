// Trap D (the tutorial's section 5): `await Task.Run(async () => await DoWorkAsync(k))` adds,
// around the work itself, Run's task (which unwraps the lambda's), a closure over `k` and its
// delegate, the lambda's state machine, and a hop to the pool. 100 calls: 100 tasks, 100
// closures and 100 delegates that awaiting DoWorkAsync directly (the second loop) does not make.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> DoWorkAsync(int i)
    {
        await Task.Yield();
        return i;
    }

    static async Task Main()
    {
        long sum = 0;
        for (int i = 0; i < 100; i++)
        {
            int k = i;
            sum += await Task.Run(async () => await DoWorkAsync(k));
        }
        for (int i = 0; i < 100; i++)
        {
            sum += await DoWorkAsync(i);
        }
        Console.WriteLine(sum);
    }
}
