using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Slow(int ms, int v)
    {
        await Task.Delay(ms);
        return v;
    }

    static async Task<int> BlocksInside()
    {
        await Task.Delay(10);
        // Blocking a pool thread on another task: legal in a console app (no SynchronizationContext).
        int a = Slow(50, 5).Result;
        Slow(20, 0).Wait();
        int b = Slow(30, 6).GetAwaiter().GetResult();
        return a + b;
    }

    static async Task<int> Chain(int depth)
    {
        if (depth == 0) return await Slow(10, 1);
        await Task.Yield();
        return Chain(depth - 1).Result + 1;
    }

    static async Task Main()
    {
        Console.WriteLine("blocks inside: " + await BlocksInside());
        Task<int> x = BlocksInside();
        Task<int> y = BlocksInside();
        Console.WriteLine("two concurrently: " + (await x + await y));
        Console.WriteLine("nested blocking chain: " + await Chain(4));
        Task<int>[] many = new Task<int>[8];
        for (int i = 0; i < many.Length; i++) many[i] = BlocksInside();
        int[] r = await Task.WhenAll(many);
        Console.WriteLine("eight blockers: " + string.Join(",", r));
        Console.WriteLine("main blocking: " + BlocksInside().Result);
    }
}
