// Tutorial Pattern 3: batch instead of serial await.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> LoadAsync(int id)
    {
        await Task.Delay(10 * id);
        return id * 10;
    }

    // Before (serial): one suspension per id.
    static async Task<int> SerialAsync(int[] ids)
    {
        int sum = 0;
        foreach (int id in ids)
        {
            sum += await LoadAsync(id);
        }
        return sum;
    }

    // After (batched): start every load, suspend once.
    static async Task<int> BatchedAsync(int[] ids)
    {
        List<Task<int>> tasks = new List<Task<int>>();
        foreach (int id in ids)
        {
            tasks.Add(LoadAsync(id));
        }
        int[] results = await Task.WhenAll(tasks);
        int sum = 0;
        foreach (int r in results)
        {
            sum += r;
        }
        return sum;
    }

    static async Task Main()
    {
        int[] ids = new[] { 1, 2, 3 };
        Console.WriteLine(await SerialAsync(ids) + " " + await BatchedAsync(ids));
    }
}
