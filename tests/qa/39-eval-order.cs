using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static int seq = 0;
    static int[] data = new int[5];

    static int Log(string s, int v) { Console.WriteLine("eval " + s); return v; }
    static async Task<int> ALog(string s, int v) { await Task.Delay(1); Console.WriteLine("await " + s); return v; }
    static int Three(int a, int b, int c) { return a * 100 + b * 10 + c; }
    static async Task<bool> ABool(string s, bool b) { await Task.Yield(); Console.WriteLine("bool " + s); return b; }

    static async Task Main()
    {
        Console.WriteLine(Three(Log("a", 1), await ALog("b", 2), Log("c", 3)));
        Console.WriteLine(Log("l", 5) - await ALog("r", 3));
        Console.WriteLine(await ALog("x", 2) * Log("y", 4) + await ALog("z", 1));
        int x = 10;
        x += await ALog("add", 5);
        Console.WriteLine(x);
        x = x++ + await ALog("post", 1);
        Console.WriteLine(x);
        data[Log("idx", 2)] = await ALog("val", 7);
        Console.WriteLine(string.Join(",", data));
        data[Log("idx2", 2)] += await ALog("val2", 3);
        Console.WriteLine(data[2]);
        int i = 0;
        data[i] = i = 3;
        Console.WriteLine(data[0] + " " + i);
        if (await ABool("first", false) && await ABool("second", true)) Console.WriteLine("no");
        if (await ABool("first", true) || await ABool("second", true)) Console.WriteLine("yes");
        Console.WriteLine(await ABool("c", true) ? await ALog("then", 1) : await ALog("else", 2));
        string s = $"{Log("h1", 1)}-{await ALog("h2", 2)}-{Log("h3", 3)}";
        Console.WriteLine(s);
        var list = new List<int> { await ALog("e1", 1), Log("e2", 2), await ALog("e3", 3) };
        Console.WriteLine(list.Count);
        int[] arr = new[] { Log("a0", 0), await ALog("a1", 1) };
        Console.WriteLine(arr[1]);
        Console.WriteLine("concat " + Log("s1", 1) + await ALog("s2", 2) + Log("s3", 3));
        seq = 5;
        seq += await Bump();
        Console.WriteLine("seq " + seq);
        Console.WriteLine(-await ALog("neg", 9) + (long)await ALog("cast", 2));
    }

    static async Task<int> Bump()
    {
        await Task.Yield();
        seq = 100;
        return 1;
    }
}
