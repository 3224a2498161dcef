// Tutorial Pattern 3 (after): start everything, await once; and loops whose iterations depend on each other.
// expect: none
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static int stock = 2;

    static async Task<int> LoadAsync(int id)
    {
        await Task.Delay(10);
        return id * 10;
    }

    static async Task<int> StepAsync(int x)
    {
        await Task.Delay(1);
        return x * 2;
    }

    static async Task<int> TryAsync(int attempt)
    {
        await Task.Delay(1);
        if (attempt < 2)
        {
            throw new TimeoutException("attempt " + attempt);
        }
        return attempt;
    }

    // Each call sees what the previous ones took: the order matters.
    static async Task<bool> TakeAsync()
    {
        await Task.Delay(1);
        if (stock == 0)
        {
            return false;
        }
        stock--;
        return true;
    }

    static int[] cached = new[] { 10, 20 };

    // A ValueTask method meant to complete synchronously (a cache hit): awaiting it in a loop
    // usually costs no suspension.
    static async ValueTask<int> CachedAsync(int id)
    {
        if (id < cached.Length)
        {
            return cached[id];
        }
        return await LoadAsync(id);
    }

    static async Task<int> RetryAsync()
    {
        for (int attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                return await TryAsync(attempt);
            }
            catch (TimeoutException)
            {
                Console.WriteLine("retrying after attempt " + attempt);
            }
        }
        return -1;
    }

    static async Task Main()
    {
        int[] ids = new[] { 1, 2, 3 };
        List<Task<int>> tasks = new List<Task<int>>();
        foreach (var id in ids)
        {
            tasks.Add(LoadAsync(id));
        }
        int[] results = await Task.WhenAll(tasks);
        int sum = 0;
        foreach (int r in results)
        {
            sum += r;
        }
        Console.WriteLine(sum);

        // Awaiting tasks that are already running: no suspension per item is added.
        int again = 0;
        foreach (Task<int> t in tasks)
        {
            again += await t;
        }
        Console.WriteLine(again);

        // Each step needs the previous result.
        int x = 1;
        for (int i = 0; i < 3; i++)
        {
            x = await StepAsync(x);
        }
        Console.WriteLine(x);

        Console.WriteLine(await RetryAsync());

        for (int i = 0; i < 3; i++)
        {
            Console.WriteLine("took: " + await TakeAsync());
        }

        int hits = 0;
        for (int i = 0; i < 2; i++)
        {
            hits += await CachedAsync(i);
        }
        Console.WriteLine(hits);
    }
}
