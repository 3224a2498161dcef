// Tutorial Pattern 6 (before): work that does not depend on the await runs after it.
// expect: UA0206
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

    // Each iteration makes its own `key`: hashed before the await, it is not held across it.
    static async Task<int> EachAsync(string[] configs)
    {
        int total = 0;
        foreach (string config in configs)
        {
            string key = config + "!";
            await Task.Delay(1);
            int hash = ComputeHash(key);
            total += hash;
        }
        return total;
    }

    static async Task Main()
    {
        Console.WriteLine(await HandleAsync("mode=fast"));
        Console.WriteLine(await EachAsync(new[] { "a", "bc" }));
    }
}
