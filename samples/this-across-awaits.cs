// The tutorial's Optimization 3 (avoid capturing `this`): an async instance method that reads
// what it needs from its object before the first await keeps no reference to the object in its
// frame; one that uses a field after an await keeps `this` (C#'s `<>4__this`). Both print the same.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Cache
{
    private readonly List<int> keys = new List<int>();
    private int hits;
    private int misses;
    private readonly string name;

    public Cache(string name) { this.name = name; }

    // Reads `name` and `keys` before the await: the frame keeps only the locals.
    public async Task<string> DescribeAsync(int key)
    {
        string label = name;
        bool known = Has(key);
        await Task.Delay(10);
        return label + "[" + key + "] " + (known ? "known" : "new");
    }

    // Uses its fields after the await: the frame keeps `this`.
    public async Task<int> LookupAsync(int key)
    {
        if (Has(key))
        {
            hits++;
            return key * 10;
        }
        await Task.Delay(10);
        misses++;
        keys.Add(key);
        return key * 10;
    }

    private bool Has(int key)
    {
        foreach (var k in keys)
            if (k == key) return true;
        return false;
    }

    public string Stats() { return name + ": " + hits + " hits, " + misses + " misses"; }
}

static class Program
{
    static async Task Main()
    {
        var cache = new Cache("squares");
        int total = 0;
        foreach (var k in new[] { 1, 2, 1, 3, 2, 1 })
        {
            total += await cache.LookupAsync(k);
            Console.WriteLine(await cache.DescribeAsync(k));
        }
        Console.WriteLine("total " + total);
        Console.WriteLine(cache.Stats());
        var tasks = new List<Task<int>>();
        for (int i = 4; i < 7; i++) tasks.Add(cache.LookupAsync(i));
        int[] all = await Task.WhenAll(tasks);
        Console.WriteLine(all[0] + all[1] + all[2]);
        Console.WriteLine(cache.Stats());
    }
}
