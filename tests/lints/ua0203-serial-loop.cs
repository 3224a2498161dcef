// Tutorial Trap E / Pattern 3 (before): awaiting independent work one item at a time.
// expect: UA0203
// expect: UA0203, UA0203
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> LoadAsync(int id)
    {
        await Task.Delay(10);
        return id * 10;
    }

    static async Task ProcessAsync(int item)
    {
        await Task.Delay(5);
        Console.WriteLine("processed " + item);
    }

    static async Task Main()
    {
        int[] ids = new[] { 1, 2, 3 };
        int sum = 0;
        foreach (var id in ids)
        {
            sum += await LoadAsync(id);
        }
        Console.WriteLine(sum);

        for (int i = 0; i < 3; i++)
        {
            Task t = ProcessAsync(i);
            await t;
        }

        int evens = 0;
        foreach (var id in ids)
        {
            if (await CheckAsync(id))
            {
                evens++;
            }
        }
        Console.WriteLine(evens);
    }

    // A ValueTask method that always suspends: the ValueTask saves nothing, and the loop above
    // is serial like the others.
    static async ValueTask<bool> CheckAsync(int item)
    {
        await Task.Delay(1);
        return item % 2 == 0;
    }
}
