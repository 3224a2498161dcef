using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Level3(int x)
    {
        await Task.Delay(1);
        return x * 3;
    }

    static async Task<int> Level2(int x)
    {
        int a = await Level3(x);
        int b = await Level3(a);
        return a + b;
    }

    static async Task<string> Level1(int x)
    {
        var r = await Level2(x);
        return "L1(" + x + ")=" + r;
    }

    static async Task NoResult(string tag)
    {
        Console.WriteLine("start " + tag);
        await Task.Delay(60);
        Console.WriteLine("end " + tag);
    }

    static Task<int> NotAsync(int v)
    {
        return Task.FromResult(v + 100);
    }

    static async Task<long> Mixed()
    {
        long total = 0;
        for (int i = 0; i < 5; i++)
        {
            total += await NotAsync(i);
            total += await Level3(i);
        }
        return total;
    }

    static async Task Main()
    {
        Console.WriteLine(await Level1(2));
        Console.WriteLine(await Level1(-7));
        await NoResult("a");
        Task t = NoResult("b");
        Console.WriteLine("after call b");
        await t;
        Console.WriteLine("mixed " + await Mixed());
        Task<int> pending = Level3(11);
        Console.WriteLine("pending completed? " + pending.IsCompleted);
        Console.WriteLine("value " + await pending);
        Console.WriteLine("completed now? " + pending.IsCompleted);
        Task<int> done = NotAsync(1);
        Console.WriteLine("done completed? " + done.IsCompleted + " " + done.Result);
    }
}
