using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// `out` arguments to the library's TryGetValue, int.TryParse, long.TryParse, Remove(key, out
// value), TryDequeue, TryPop and TryPeek: `out var x`,
// `out int x`, an existing local or parameter, and the discard `out _`. The argument is
// definitely assigned after the call, whatever the call returns (the default value on
// failure), and a local passed by `out` in an async method keeps its value across awaits.
static class Program
{
    static int ParseOr(string s, int fallback)
    {
        if (int.TryParse(s, out var n)) return n;
        return fallback;
    }

    static bool Lookup(Dictionary<string, string> d, string key, string value)
    {
        // A parameter as the out argument.
        bool found = d.TryGetValue(key, out value);
        Console.WriteLine(key + ": " + found + " [" + value + "]");
        return found;
    }

    static async Task<long> SumAsync(string[] parts)
    {
        long total = 0;
        long v;
        foreach (var p in parts)
        {
            bool ok = long.TryParse(p, out v);
            await Task.Yield();
            if (ok) total += v;
            else Console.WriteLine("skipped '" + p + "' (v = " + v + ")");
        }
        return total;
    }

    static async Task Main()
    {
        string[] inputs = { "42", " -17 ", "+8", "0", "2147483647", "2147483648", "-2147483648",
                            "-2147483649", "", " ", "12a", "1 2", "--1", "+", "007", "1_000", null };
        foreach (var s in inputs)
        {
            bool ok = int.TryParse(s, out int n);
            Console.WriteLine((s == null ? "null" : "'" + s + "'") + " -> " + ok + " " + n);
        }
        Console.WriteLine(ParseOr("12", -1) + ParseOr("x", -1));
        Console.WriteLine(int.TryParse("5", out _) + " " + int.TryParse("five", out _));
        long big;
        Console.WriteLine(long.TryParse("9223372036854775807", out big) + " " + big);
        Console.WriteLine(long.TryParse("9223372036854775808", out big) + " " + big);

        var d = new Dictionary<string, string>();
        d["a"] = "apple";
        d["n"] = null;
        Lookup(d, "a", "unused");
        Lookup(d, "n", "unused");
        Lookup(d, "z", "unused");
        string found = "before";
        Console.WriteLine(d.TryGetValue("zz", out found) + " " + (found == null));

        var scores = new Dictionary<int, double>();
        scores[1] = 2.5;
        double score = 99;
        if (scores.TryGetValue(1, out score)) Console.WriteLine("score " + score);
        if (!scores.TryGetValue(2, out score)) Console.WriteLine("no score " + score);

        Console.WriteLine(await SumAsync(new[] { "10", "x", "20", "9999999999", "y" }));

        var ages = new Dictionary<string, int>();
        Console.WriteLine(ages.TryAdd("a", 1) + " " + ages.TryAdd("a", 2) + " " + ages["a"]);
        Console.WriteLine(ages.Remove("a", out int old) + " " + old + " " + ages.Remove("a", out old) + " " + old);
        var q = new Queue<string>();
        q.Enqueue("x");
        q.Enqueue("y");
        string item;
        Console.WriteLine(q.TryPeek(out item) + item + q.TryDequeue(out item) + item
                          + q.TryDequeue(out item) + item + q.TryDequeue(out item) + (item == null));
        var st = new Stack<int>();
        st.Push(1);
        st.Push(2);
        st.Push(3);
        Console.WriteLine(string.Join(",", st.ToArray()) + " " + st.TryPop(out int top) + top + " "
                          + st.TryPeek(out top) + top);
        q.Enqueue("p");
        q.Enqueue("q");
        Console.WriteLine(string.Join(",", q.ToArray()));
        int z;
        Console.WriteLine(new Stack<int>().TryPop(out z) + " " + z);
    }
}
