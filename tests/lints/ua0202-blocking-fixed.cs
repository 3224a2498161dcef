// Tutorial section 9 (after): await instead of blocking; .Result only where the task is known to be complete.
// expect: none
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> ComputeAsync(int v)
    {
        await Task.Delay(10);
        return v * 2;
    }

    static async Task Main()
    {
        Task<int> t = ComputeAsync(4);
        int r = await t;
        Console.WriteLine(r + " " + t.Result);

        Task<int> a = ComputeAsync(1);
        Task<int> b = ComputeAsync(2);
        await Task.WhenAll(a, b);
        Console.WriteLine(a.Result + b.Result);

        Task<int> c = ComputeAsync(3);
        if (c.IsCompleted)
        {
            Console.WriteLine("already done: " + c.Result);
        }
        Console.WriteLine(await c);
        Task<int> d = ComputeAsync(5);
        int early = d.IsCompleted ? d.Result : -1;
        Console.WriteLine(early + " " + await d);

        Console.WriteLine(Task.FromResult(5).Result);
        Task.CompletedTask.Wait();
    }
}
