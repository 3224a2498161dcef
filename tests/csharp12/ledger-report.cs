// C# 12: a file-scoped namespace followed by using directives, a positional record with a computed property, DateOnly, a query expression with group by an anonymous type ... into, two let clauses and orderby, method-syntax GroupBy/ToDictionary, a switch expression with relational patterns on decimal, interpolation with alignment and format, an async data source
namespace Corpus.Ledger;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

public record Entry(DateOnly Date, string Category, decimal Amount)
{
    public bool IsExpense => Amount < 0;
}

public static class Program
{
    static async Task<IReadOnlyList<Entry>> LoadAsync()
    {
        await Task.Delay(1);
        return new List<Entry>
        {
            new(new DateOnly(2024, 1, 3), "salary", 3200m),
            new(new DateOnly(2024, 1, 5), "rent", -1200m),
            new(new DateOnly(2024, 1, 9), "food", -240.5m),
            new(new DateOnly(2024, 2, 1), "salary", 3200m),
            new(new DateOnly(2024, 2, 2), "rent", -1200m),
            new(new DateOnly(2024, 2, 14), "food", -310.25m),
            new(new DateOnly(2024, 2, 20), "travel", -890m),
        };
    }

    static string Verdict(decimal net) => net switch
    {
        < 0m => "overspent",
        < 1000m => "tight",
        _ => "comfortable",
    };

    public static async Task Main()
    {
        var entries = await LoadAsync();
        var months = from e in entries
                     group e by new { e.Date.Year, e.Date.Month } into g
                     let income = g.Where(x => !x.IsExpense).Sum(x => x.Amount)
                     let spent = -g.Where(x => x.IsExpense).Sum(x => x.Amount)
                     orderby g.Key.Year, g.Key.Month
                     select new { g.Key.Month, Income = income, Spent = spent, Net = income - spent };
        Console.WriteLine($"{"month",-6}{"income",10}{"spent",10}{"net",10}  verdict");
        foreach (var m in months)
            Console.WriteLine($"{m.Month,-6}{m.Income,10:F2}{m.Spent,10:F2}{m.Net,10:F2}  {Verdict(m.Net)}");

        var biggest = entries.Where(e => e.IsExpense).OrderBy(e => e.Amount).First();
        Console.WriteLine($"largest expense: {biggest.Category} on {biggest.Date:yyyy-MM-dd} ({-biggest.Amount:F2})");
        var byCategory = entries.GroupBy(e => e.Category).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine(string.Join(", ", byCategory.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value}")));
    }
}
