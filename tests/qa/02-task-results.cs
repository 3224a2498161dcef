using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<bool> IsEven(int n) { await Task.Yield(); return n % 2 == 0; }
    static async Task<double> Half(int n) { await Task.Delay(2); return n / 2.0; }
    static async Task<string> Name(int n) { if (n < 0) return null; await Task.Yield(); return "n" + n; }
    static async Task<int[]> Range(int n)
    {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) { a[i] = i * i; await Task.Yield(); }
        return a;
    }
    static async Task<List<string>> Names(int n)
    {
        var l = new List<string>();
        for (int i = 0; i < n; i++) l.Add(await Name(i));
        return l;
    }
    static async Task<long> Big() { await Task.Yield(); return 1024L * 1024 * 1024 * 1024; }

    static async Task Main()
    {
        Console.WriteLine(await IsEven(4));
        Console.WriteLine(await IsEven(7));
        Console.WriteLine(await Half(7));
        Console.WriteLine(await Half(8));
        string s = await Name(-1);
        Console.WriteLine(s == null);
        Console.WriteLine("[" + s + "]");
        Console.WriteLine(await Name(3));
        int[] r = await Range(5);
        Console.WriteLine(string.Join(",", r));
        Console.WriteLine((await Range(3)).Length);
        var names = await Names(4);
        Console.WriteLine(names.Count + " " + string.Join("|", names));
        Console.WriteLine(await Big());
        Task<int> fr = Task.FromResult(5);
        Console.WriteLine(fr.Status + " " + fr.Result + " " + await fr + " " + await fr);
        Task<string> fs = Task.FromResult<string>(null);
        Console.WriteLine("fs=" + await fs + ";");
        Task<bool> tb = IsEven(10);
        bool b = await tb;
        Console.WriteLine(b ? "yes" : "no");
        Console.WriteLine(tb.Result.ToString());
    }
}
