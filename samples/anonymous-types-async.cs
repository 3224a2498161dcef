// Anonymous objects in async code: members evaluate left to right, an await between them
// keeps the earlier values in the state machine's frame, and LINQ projections over awaited
// results group and join by anonymous keys.
using System;
using System.Linq;
using System.Threading.Tasks;

static class Program
{
    static int version = 1;

    static async Task<int> BumpAsync()
    {
        await Task.Delay(20);
        version++;
        return version;
    }

    static async Task<int> PriceAsync(int id)
    {
        await Task.Delay(10 * id);
        return id * 25;
    }

    static async Task Main()
    {
        // `Before` is read before the await: the frame keeps it while Main is suspended.
        var change = new { Before = version, After = await BumpAsync(), Note = "bumped" };
        Console.WriteLine(change);

        // Pattern 3 with a projection: every call starts before the first await.
        int[] ids = { 3, 1, 2 };
        var priced = await Task.WhenAll(ids.Select(async id => new { Id = id, Price = await PriceAsync(id) }));
        foreach (var p in priced)
            Console.WriteLine(p);

        var cheap = from p in priced
                    where p.Price < 70
                    orderby p.Price
                    select new { p.Id, Band = p.Price < 30 ? "low" : "mid" };
        Console.WriteLine(string.Join("; ", cheap));

        var byBand = priced
            .GroupBy(p => new { Even = p.Id % 2 == 0 })
            .OrderBy(g => g.Key.Even)
            .Select(g => new { g.Key.Even, Total = g.Sum(p => p.Price) });
        foreach (var g in byBand)
            Console.WriteLine(g);

        var names = new[] { new { Id = 1, Name = "tea" }, new { Id = 3, Name = "cake" } };
        var joined = from n in names
                     join p in priced on new { n.Id } equals new { p.Id }
                     select new { n.Name, p.Price };
        foreach (var j in joined)
            Console.WriteLine(j);

        // Equal values, different objects: Equals is true, == compares references.
        var again = new { Id = 3, Price = await PriceAsync(3) };
        Console.WriteLine(again.Equals(priced[0]) + " " + (again == priced[0]));
    }
}
