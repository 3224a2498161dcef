using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> YieldMany(int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            await Task.Yield();
            s += i;
        }
        return s;
    }

    static async Task<string> Cfg(bool flag)
    {
        await Task.Delay(5).ConfigureAwait(flag);
        string a = await Task.FromResult("x").ConfigureAwait(flag);
        int b = await YieldMany(3).ConfigureAwait(!flag);
        return a + b + flag;
    }

    static async Task Main()
    {
        Task<int> t = YieldMany(10);
        Console.WriteLine("completed before await: " + t.IsCompleted);
        Console.WriteLine(await t);
        Console.WriteLine(await Cfg(true));
        Console.WriteLine(await Cfg(false));
        await Task.CompletedTask.ConfigureAwait(false);
        Console.WriteLine("completed task status " + Task.CompletedTask.Status);
        await Task.Yield();
        Console.WriteLine("after yield");
        var cfg = YieldMany(4).ConfigureAwait(false);
        int v = await cfg;
        Console.WriteLine("v " + v);
        int big = await YieldMany(1000);
        Console.WriteLine("big " + big);
    }
}
