// 20,000 delays pending at once, awaited together, five times over.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Tick(int i)
    {
        await Task.Delay(1 + i % 50);
        return i % 7;
    }

    static async Task Main()
    {
        long total = 0;
        for (int round = 0; round < 5; round++)
        {
            List<Task<int>> pending = new List<Task<int>>();
            for (int i = 0; i < 20000; i++)
            {
                pending.Add(Tick(i));
            }
            int[] results = await Task.WhenAll(pending);
            foreach (int r in results)
            {
                total += r;
            }
        }
        Console.WriteLine(total);
    }
}
