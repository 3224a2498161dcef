// Tutorial Trap A: an async method allocates only when it really suspends.
using System;
using System.Threading.Tasks;

static class Program
{
    static int[] cache = new int[4];
    static bool[] present = new bool[4];

    // Suspends on every call: every call allocates its box.
    static async Task<int> LoadAsync(int key)
    {
        await Task.Delay(1);
        return key * key + 10;
    }

    // Completes synchronously on a cache hit (Optimization 1): no box, and a ValueTask needs
    // no task either.
    static async ValueTask<int> GetAsync(int key)
    {
        if (present[key])
        {
            return cache[key];
        }
        int value = await LoadAsync(key);
        cache[key] = value;
        present[key] = true;
        return value;
    }

    // Never suspends: its await is of a completed task. Still, a Task<int> whose result is not
    // in -1..8 is a new object.
    static async Task<int> NeverAsync(int key)
    {
        await Task.CompletedTask;
        return key * 100;
    }

    static async Task Main()
    {
        int first = await GetAsync(2);
        int second = await GetAsync(2);
        Console.WriteLine(first + " " + second + " " + await NeverAsync(3));
    }
}
