using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// The `default` literal as an argument takes its parameter's type once the overload is chosen:
// the common `FetchAsync(id, default)` for "no cancellation", and defaults of every kind.
struct Range
{
    public int From, To;
    public override string ToString() => $"[{From}..{To}]";
}

class Repository
{
    readonly Dictionary<int, string> _items = new Dictionary<int, string> { [1] = "one", [2] = "two" };

    public async Task<string> FetchAsync(int id, CancellationToken ct)
    {
        await Task.Delay(1, ct);
        ct.ThrowIfCancellationRequested();
        return _items.ContainsKey(id) ? _items[id] : "(missing)";
    }

    public string Describe(Range r, string label, double scale, int? limit) =>
        $"{label ?? "(no label)"} {r} x{scale} limit={(limit.HasValue ? limit.Value.ToString() : "none")}";
}

class Program
{
    static T Pick<T>(bool first, T a, T b) => first ? a : b;

    static async Task Main()
    {
        var repo = new Repository();
        Console.WriteLine(await repo.FetchAsync(1, default));
        Console.WriteLine(await repo.FetchAsync(7, default));
        Console.WriteLine(repo.Describe(default, default, default, default));
        Console.WriteLine(repo.Describe(new Range { From = 1, To = 3 }, "r", 2.5, default));
        Console.WriteLine(Pick(false, 42, default));
        Console.WriteLine(Pick(false, "text", default) ?? "null");
        var results = await Task.WhenAll(repo.FetchAsync(2, default), Task.Run(() => repo.FetchAsync(1, default)));
        Console.WriteLine(string.Join(",", results));
    }
}
