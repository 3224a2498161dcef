// GroupBy with a result selector (after a key selector, or a key and an element selector): the
// groups are made at the first MoveNext, then the selector runs once per group as it is pulled;
// a selector may write its parameters' types, use a block body or discard the key.
using System;
using System.Collections.Generic;
using System.Linq;

class Sale { public string Region; public string Item; public int Qty; }

class Program
{
    static void Main()
    {
        var sales = new List<Sale>
        {
            new Sale { Region = "N", Item = "pen", Qty = 3 },
            new Sale { Region = "S", Item = "ink", Qty = 1 },
            new Sale { Region = "N", Item = "ink", Qty = 4 },
            new Sale { Region = "E", Item = "pen", Qty = 2 },
        };
        var totals = sales.GroupBy(s => s.Region, (region, rows) => new { region, Total = rows.Sum(r => r.Qty) });
        foreach (var t in totals) Console.WriteLine(t);
        var items = sales.GroupBy(s => s.Item, s => s.Qty, (item, qtys) => item + "=" + string.Join("+", qtys));
        Console.WriteLine(string.Join("; ", items));
        var typed = sales.GroupBy(s => s.Region.Length, (int len, IEnumerable<Sale> group) =>
        {
            var n = group.Count();
            return len + ":" + n;
        });
        Console.WriteLine(string.Join(" ", typed));
        int calls = 0;
        var lazy = sales.GroupBy(s => s.Region, (k, g) => { calls++; return k; });
        Console.WriteLine(calls + " " + lazy.First() + " " + calls + " " + string.Join(",", lazy) + " " + calls);
        var discard = sales.GroupBy(s => s.Item, (_, g) => g.Count()).Sum();
        Console.WriteLine(discard);
    }
}
