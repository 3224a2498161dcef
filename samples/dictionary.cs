using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// Dictionary<TKey, TValue>: adding, reading, replacing and removing entries, and the order
// foreach sees them in: insertion order, with the slot of a removed entry reused by the next
// new key (the last removed first). The cache of the tutorial's caching pattern: an async
// method that fills a dictionary across awaits.
class Point
{
    public int X;
    public Point(int x) { X = x; }
    public override string ToString() { return "P" + X; }
}

static class Program
{
    static Dictionary<int, string> cache = new Dictionary<int, string>();
    static int loads;

    static async Task<string> LoadAsync(int id)
    {
        await Task.Delay(1);
        loads++;
        return "user" + id;
    }

    static async Task<string> GetUserAsync(int id)
    {
        // mcs crashes on `out var` in an async method; a declared local is the same to C#.
        string hit;
        if (cache.TryGetValue(id, out hit))
        {
            return hit;
        }
        string user = await LoadAsync(id);
        cache[id] = user;
        return user;
    }

    static void Print(Dictionary<string, int> d)
    {
        string line = "";
        foreach (var kv in d)
        {
            line = line + kv.Key + "=" + kv.Value + " ";
        }
        Console.WriteLine(line + "(" + d.Count + ")");
    }

    static async Task Main()
    {
        var ages = new Dictionary<string, int>();
        ages.Add("ann", 31);
        ages.Add("bob", 42);
        ages["cy"] = 7;
        ages["ann"] = 32;
        Print(ages);
        Console.WriteLine(ages["bob"] + " " + ages.ContainsKey("cy") + " " + ages.ContainsKey("dee"));
        Console.WriteLine(ages.ContainsValue(7) + " " + ages.ContainsValue(31));

        // Removed slots are reused, the last freed first.
        Console.WriteLine(ages.Remove("ann") + " " + ages.Remove("zed"));
        Console.WriteLine(ages.Remove("cy"));
        ages.Add("dee", 1);
        ages.Add("eve", 2);
        ages.Add("fay", 3);
        Print(ages);
        foreach (KeyValuePair<string, int> kv in ages)
        {
            Console.Write(kv + " ");
        }
        Console.WriteLine();

        // Keys and Values are live views.
        var keys = ages.Keys;
        var values = ages.Values;
        ages["gus"] = 9;
        foreach (var k in keys) Console.Write(k + " ");
        Console.WriteLine(keys.Count);
        int sum = 0;
        foreach (int v in values) sum += v;
        Console.WriteLine("sum " + sum + " of " + values.Count);

        // Compound assignment reads and writes through the indexer.
        ages["gus"] += 100;
        ages["dee"]++;
        Console.WriteLine(ages["gus"] + " " + ages["dee"]);

        // The failures and their messages.
        try { ages.Add("bob", 0); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { Console.WriteLine(ages["nobody"]); }
        catch (KeyNotFoundException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        var byId = new Dictionary<int, bool>();
        byId[3] = true;
        try { Console.WriteLine(byId[4]); }
        catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        try
        {
            foreach (var kv in ages)
            {
                if (kv.Value == 2) ages.Add("new", 0);
            }
        }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(ages.ContainsKey("new"));

        // Since .NET Core 3.0 only a new key changes what an enumerator checks: overwriting
        // values and removing entries during foreach is allowed (Mono throws: .mono.out).
        try
        {
            foreach (var kv in ages)
            {
                ages[kv.Key] = kv.Value * 2;
                if (kv.Value > 100) ages.Remove(kv.Key);
            }
            Print(ages);
        }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        // Objects as keys: compared by reference (Point overrides no Equals).
        var a = new Point(1);
        var b = new Point(1);
        var names = new Dictionary<Point, string>();
        names[a] = "a";
        names[b] = "b";
        names[a] = "a again";
        foreach (var kv in names) Console.WriteLine(kv.Key + " -> " + kv.Value);

        // The type names .NET prints, and type tests with the type arguments.
        object boxed = ages;
        Console.WriteLine(boxed);
        Console.WriteLine(names.ToString() + " " + new HashSet<Point>() + " " + new Stack<long>());
        Console.WriteLine((boxed is Dictionary<string, int>) + " " + (boxed is Dictionary<int, int>));
        Console.WriteLine(ages.Keys + " " + ages.Values.GetType().Name);

        // long, bool and double keys.
        var big = new Dictionary<long, int>();
        big[5000000000L] = 1;
        big[5] = 2;
        Console.WriteLine(big[5000000000L] + big[5L]);
        var flags = new Dictionary<bool, string>();
        flags[true] = "yes";
        flags[false] = "no";
        Console.WriteLine(flags[1 > 0] + flags[1 < 0]);
        var halves = new Dictionary<double, string>();
        halves[0.5] = "half";
        halves[-0.0] = "zero";
        Console.WriteLine(halves[0.0] + " " + halves[1 / 2.0]);

        // The cache: the second call of each id finds the loaded value.
        Console.WriteLine(await GetUserAsync(1) + " " + await GetUserAsync(2) + " " + await GetUserAsync(1));
        Console.WriteLine("loads " + loads + ", cached " + cache.Count);

        // A dictionary read across awaits.
        var counts = new Dictionary<string, int>();
        int n = -1;
        foreach (var word in new[] { "a", "b", "a", "c", "a", "b" })
        {
            await Task.Yield();
            Console.Write(n + " ");
            if (counts.TryGetValue(word, out n))
            {
                counts[word] = n + 1;
            }
            else
            {
                counts.Add(word, 1);
            }
        }
        Console.WriteLine(n);
        Print(counts);
        counts.Clear();
        Console.WriteLine(counts.Count + " " + counts.ContainsKey("a"));
    }
}
