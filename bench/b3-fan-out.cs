// B3 (../shared/brief/anchors.md): 10 rounds of 100k tasks that each yield once, then
// Task.WhenAll. Measures many tasks in flight at once: memory per suspended task, queueing.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> WorkAsync(int i)
    {
        await Task.Yield();
        return i % 1000;
    }

    static async Task Main()
    {
        long sum = 0;
        for (int round = 0; round < 10; round++)
        {
            List<Task<int>> tasks = new List<Task<int>>();
            for (int i = 0; i < 100000; i++)
            {
                tasks.Add(WorkAsync(round * 100000 + i));
            }
            int[] results = await Task.WhenAll(tasks);
            foreach (int r in results)
            {
                sum += r;
            }
        }
        Console.WriteLine("B3 sum = " + sum);
    }
}
