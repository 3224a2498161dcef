using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Fib(int n)
    {
        if (n < 2) return n;
        if (n % 4 == 0) await Task.Yield();
        return await Fib(n - 1) + await Fib(n - 2);
    }

    static async Task<int> DepthSync(int n)
    {
        if (n == 0) return 0;
        return 1 + await DepthSync(n - 1);
    }

    static async Task<int> DepthYield(int n)
    {
        if (n == 0) { await Task.Yield(); return 0; }
        return 1 + await DepthYield(n - 1);
    }

    static async Task<long> SumTree(int depth)
    {
        if (depth == 0) { await Task.Delay(1); return 1; }
        Task<long> l = SumTree(depth - 1);
        Task<long> r = SumTree(depth - 1);
        return await l + await r;
    }

    static async Task<int> FailDeep(int n)
    {
        if (n == 0) { await Task.Yield(); throw new NotImplementedException("deep " + n); }
        return await FailDeep(n - 1);
    }

    static async Task Main()
    {
        Console.WriteLine(await Fib(20));
        Console.WriteLine(await DepthSync(5000));
        Console.WriteLine(await DepthYield(5000));
        Console.WriteLine(await SumTree(8));
        try { await FailDeep(1000); }
        catch (NotImplementedException e) { Console.WriteLine("caught " + e.Message); }
    }
}
