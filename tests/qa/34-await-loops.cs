using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Inc(int x) { return x + 1; }
    static async Task<int> IncYield(int x) { await Task.Yield(); return x + 1; }

    static async Task Main()
    {
        int v = 0;
        for (int i = 0; i < 100000; i++) v = await Inc(v);
        Console.WriteLine("sync-completing awaits: " + v);
        int w = 0;
        for (int i = 0; i < 100000; i++) w = await IncYield(w);
        Console.WriteLine("yielding awaits: " + w);
        long s = 0;
        int k = 0;
        while (await Inc(k) <= 100000) { s += k; k++; }
        Console.WriteLine("while cond: " + s);
        int y = 0;
        for (int i = 0; i < 100000; i++) { await Task.Yield(); y++; }
        Console.WriteLine("Task.Yield loop: " + y);
        var tasks = new List<Task<int>>();
        for (int i = 0; i < 10000; i++) tasks.Add(IncYield(i));
        int[] all = await Task.WhenAll(tasks);
        long sum = 0;
        foreach (int a in all) sum += a;
        Console.WriteLine("whenall 10000: " + sum);
        int d = 0;
        for (int i = 0; i < 200; i++) { await Task.Delay(1); d++; }
        Console.WriteLine("delays: " + d);
        int c = 0;
        do { c = await IncYield(c); } while (c < 50000);
        Console.WriteLine("do-while: " + c);
    }
}
