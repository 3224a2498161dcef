// Tutorial Pattern 6: hoist invariant work out of async paths.
using System;
using System.Threading.Tasks;

static class Program
{
    static int ComputeHash(string config)
    {
        int h = 17;
        for (int i = 0; i < config.Length; i++)
        {
            h = h * 31 + i;
        }
        return h;
    }

    static async Task<int> NetworkCallAsync(int attempt)
    {
        await Task.Delay(10);
        return attempt;
    }

    // Before: the hash needs only `config`, yet is computed after the await.
    static async Task<int> BeforeAsync(string config)
    {
        int status = await NetworkCallAsync(1);
        int hash = ComputeHash(config);
        return hash + status;
    }

    // After: computed first; `config` is no longer kept across the await.
    static async Task<int> AfterAsync(string config)
    {
        int hash = ComputeHash(config);
        int status = await NetworkCallAsync(1);
        return hash + status;
    }

    static async Task Main()
    {
        Console.WriteLine(await BeforeAsync("mode=fast") == await AfterAsync("mode=fast"));
    }
}
