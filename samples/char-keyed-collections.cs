using System;
// Collections keyed by char and by the library's enums: counting letters with
// GetValueOrDefault (and its default-value overload, and its ArgumentNullExceptions: it is an
// extension method), char and TaskStatus keys and elements printed as themselves by
// string.Join, KeyValuePair.ToString, Keys/Values and ToArray, copies of char sets, byte and
// short keys and values.
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static void Main()
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in "hello world")
        {
            if (c != ' ') counts[c] = counts.GetValueOrDefault(c) + 1;
        }
        Console.WriteLine(string.Join(",", counts));
        Console.WriteLine(counts['l'] + " " + counts.ContainsKey('z') + " " + counts.GetValueOrDefault('z', -1));
        var names = new Dictionary<int, string> { [1] = "one" };
        Console.WriteLine((names.GetValueOrDefault(2) == null) + " " + names.GetValueOrDefault(2, "none") + " " + names.GetValueOrDefault(1));

        var hs = new HashSet<char> { 'x', 'y' };
        var q = new Queue<char>();
        q.Enqueue('q');
        var st = new Stack<char>(new[] { 'a', 'b' });
        var ds = new Dictionary<TaskStatus, char> { [TaskStatus.Faulted] = 'f', [TaskStatus.Canceled] = 'c' };
        Console.WriteLine(string.Join(",", hs) + " " + string.Join(",", q) + " " + string.Join(",", st) + " " + string.Join(",", ds));
        Console.WriteLine(string.Join(",", q.ToArray()) + " " + string.Join(",", ds.Keys) + " " + string.Join(",", ds.Values));
        var hc = new HashSet<char>(hs);
        hc.Add('z');
        Console.WriteLine(string.Join(",", hc) + " " + hc.Contains('x') + " " + hc.Contains('w'));
        var dd = new Dictionary<byte, short> { [(byte)1] = (short)-2 };
        Console.WriteLine(string.Join(",", dd));
        object boxed = null;
        foreach (var kv in ds) boxed = kv;
        Console.WriteLine(boxed);

        var d = new Dictionary<string, int> { ["a"] = 1 };
        try { d.GetValueOrDefault(null); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
        try { Dictionary<string, int> none = null; none.GetValueOrDefault("x"); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
    }
}
