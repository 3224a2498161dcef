// Tutorial Pattern 6 (before): work that does not depend on the await runs after it.
// expect: UA0206
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

    static async Task NetworkCallAsync()
    {
        await Task.Delay(10);
        Console.WriteLine("network call done");
    }

    static async Task<int> HandleAsync(string config)
    {
        await NetworkCallAsync();
        int hash = ComputeHash(config);
        return hash;
    }

    static async Task Main()
    {
        Console.WriteLine(await HandleAsync("mode=fast"));
    }
}
