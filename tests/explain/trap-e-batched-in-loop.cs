// Tutorial Trap E and Pattern 5's fix: the loop starts every call, and awaits once per batch of
// four with Task.WhenAll. That await is under a condition in the loop's body: it does not run
// once per iteration, and it is batched already, so there is no Trap E verdict. A loop whose
// serial await runs only on some iterations is still Trap E (and UA0203).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> ProcessAsync(int item)
    {
        await Task.Delay(1);
        return item;
    }

    static async Task<int> BatchedAsync(List<int> items)
    {
        int sum = 0;
        var batch = new List<Task<int>>();
        foreach (int item in items)
        {
            batch.Add(ProcessAsync(item));
            if (batch.Count == 4)
            {
                int[] results = await Task.WhenAll(batch);
                foreach (int r in results)
                {
                    sum += r;
                }
                batch = new List<Task<int>>();
            }
        }
        int[] rest = await Task.WhenAll(batch);
        foreach (int r in rest)
        {
            sum += r;
        }
        return sum;
    }

    static async Task<int> OddOnlyAsync(List<int> items)
    {
        int sum = 0;
        foreach (int item in items)
        {
            if (item % 2 == 1)
            {
                sum += await ProcessAsync(item);
            }
        }
        return sum;
    }

    static async Task Main()
    {
        var items = new List<int>();
        for (int i = 0; i < 10; i++)
        {
            items.Add(i);
        }
        Console.WriteLine(await BatchedAsync(items));
        Console.WriteLine(await OddOnlyAsync(items));
    }
}
