// `new KeyValuePair<TKey, TValue>(key, value)`: pairs built by the program, in lists, printed,
// with enum and string keys, and kept across awaits.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

enum Command { Open, Close, Lock }

static class Program
{
    static async Task<KeyValuePair<string, int>> ScoreAsync(string name)
    {
        await Task.Yield();
        return new KeyValuePair<string, int>(name, name.Length * 10);
    }

    static async Task Main()
    {
        var script = new List<KeyValuePair<Command, string>>
        {
            new KeyValuePair<Command, string>(Command.Open, null),
            new KeyValuePair<Command, string>(Command.Lock, "1234"),
        };
        script.Add(new KeyValuePair<Command, string>(Command.Close, "now"));
        foreach (var step in script)
        {
            await Task.Delay(1);
            Console.WriteLine($"{step.Key} {step.Value ?? "(none)"} {step}");
        }
        var best = new KeyValuePair<string, int>("nobody", 0);
        foreach (var n in new[] { "ann", "barbara", "cy" })
        {
            var s = await ScoreAsync(n);
            if (s.Value > best.Value) best = s;
        }
        Console.WriteLine(best);
        var d = new Dictionary<string, int>();
        var p = new KeyValuePair<string, int>("k", 3);
        d[p.Key] = p.Value;
        object boxed = new KeyValuePair<int, double>(1, 2.5);
        Console.WriteLine($"{d["k"]} {boxed}");
    }
}
