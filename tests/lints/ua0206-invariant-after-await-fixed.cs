// Tutorial Pattern 6 (after): invariant work hoisted before the await; work that must stay after it.
// expect: none
using System;
using System.Threading.Tasks;

static class Program
{
    static int calls = 0;

    static int ComputeHash(string config)
    {
        int h = 17;
        for (int i = 0; i < config.Length; i++)
        {
            h = h * 31 + i;
        }
        return h;
    }

    static int Logged(string config)
    {
        calls++;
        Console.WriteLine("hashing " + config);
        return config.Length;
    }

    static async Task NetworkCallAsync()
    {
        await Task.Delay(10);
        Console.WriteLine("network call done");
    }

    static async Task<int> CountAsync()
    {
        await Task.Delay(1);
        return 4;
    }

    static async Task<int> HandleAsync(string config)
    {
        int hash = ComputeHash(config);
        await NetworkCallAsync();
        return hash;
    }

    // Depends on the awaited result.
    static async Task<int> ScaleAsync(string config)
    {
        int n = await CountAsync();
        int scaled = ComputeHash(config + n);
        return scaled;
    }

    // Has side effects: moving it would change what the program prints, and when.
    static async Task<int> LogAsync(string config)
    {
        await NetworkCallAsync();
        int length = Logged(config);
        return length;
    }

    // `config` is needed after the await anyway: moving the hash would not shrink the frame.
    static async Task<int> BothAsync(string config)
    {
        await NetworkCallAsync();
        int hash = ComputeHash(config);
        Console.WriteLine(config);
        return hash;
    }

    // In a loop, the hash moved before the await would still read `config` on the next
    // iteration, after the await: `config` stays in the frame either way.
    static async Task<int> LoopAsync(string config, int n)
    {
        int total = 0;
        for (int i = 0; i < n; i++)
        {
            await Task.Delay(1);
            int hash = ComputeHash(config);
            total += hash;
        }
        return total;
    }

    static async Task Main()
    {
        Console.WriteLine(await HandleAsync("mode=fast"));
        Console.WriteLine(await ScaleAsync("mode=fast"));
        Console.WriteLine(await LogAsync("mode=fast"));
        Console.WriteLine(await BothAsync("mode=fast") + " " + calls);
        Console.WriteLine(await LoopAsync("mode=fast", 2));
    }
}
