using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<double> D(double x) { await Task.Yield(); return x * 1.5; }
    static async Task<long> L(long x) { await Task.Delay(1); return x * 3; }
    static async Task<bool> B(bool x) { await Task.Yield(); return !x; }
    static async Task<string> S(string x) { await Task.Yield(); return x + "!"; }

    static async Task<string> Mix(int seed)
    {
        int i = seed;
        long l = seed * 1000000000L;
        double d = seed + 0.25;
        bool b = seed % 2 == 0;
        string s = "s" + seed;
        int[] arr = { seed, seed + 1 };
        List<double> ds = new List<double> { d };
        Task<long> pendingL = L(l);
        d = await D(d);
        l = await pendingL + l;
        b = await B(b) && b == false;
        s = await S(s) + s;
        for (int k = 0; k < 3; k++)
        {
            double inner = k * 0.5;
            long innerL = k * 7L;
            inner += await D(inner);
            innerL += await L(innerL);
            ds.Add(inner + innerL);
            arr[k % 2] += (int)innerL;
        }
        return i + "|" + l + "|" + d + "|" + b + "|" + s + "|" + string.Join(",", arr) + "|" + string.Join(",", ds);
    }

    static async Task Main()
    {
        Console.WriteLine(await Mix(1));
        Console.WriteLine(await Mix(2));
        Task<string>[] many = new Task<string>[4];
        for (int i = 0; i < 4; i++) many[i] = Mix(i + 10);
        foreach (string r in await Task.WhenAll(many)) Console.WriteLine(r);
        double acc = 0.1;
        for (int i = 0; i < 10; i++) acc += await D(0.1);
        Console.WriteLine(acc);
        long big = long.MaxValue - 5;
        big += await L(1);
        Console.WriteLine(big);
        int wrap = int.MaxValue;
        wrap += (int)await L(1);
        Console.WriteLine(wrap);
    }
}
