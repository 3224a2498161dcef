// A pipeline of struct readings through LINQ, List<T>'s delegate members and async lambdas:
// every element a lambda gets, a query hands out or a collection keeps is a copy.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

struct Reading
{
    public string Sensor;
    public int Value;
    public int Hour;
    public Reading(string sensor, int value, int hour) { Sensor = sensor; Value = value; Hour = hour; }
    public override string ToString() => $"{Sensor}@{Hour}={Value}";
}

struct Summary
{
    public string Sensor;
    public int Count, Max;
    public double Mean;
    public override string ToString() => $"{Sensor}: n={Count} max={Max} mean={Mean:F2}";
}

class Program
{
    static async Task<Reading> CalibrateAsync(Reading r)
    {
        await Task.Delay(1);
        r.Value += 100;
        return r;
    }

    static async Task Main()
    {
        var readings = new[]
        {
            new Reading("a", 12, 1), new Reading("b", 7, 1), new Reading("a", 15, 2),
            new Reading("c", 3, 2), new Reading("b", 9, 3), new Reading("a", 11, 3),
        };

        // Where/Select/OrderBy over structs.
        var high = readings.Where(r => r.Value > 8).OrderByDescending(r => r.Value).ThenBy(r => r.Hour);
        Console.WriteLine("high: " + string.Join(" ", high));
        var doubled = readings.Select(r => { r.Value *= 2; return r; }).ToList();
        Console.WriteLine("doubled: " + string.Join(" ", doubled.Take(3)));
        Console.WriteLine("source unchanged: " + readings[0]);

        // A list made from the array keeps copies; a deferred query sees the array as it is.
        var firstHour = readings.Where(r => r.Hour == 1).ToList();
        var lateQuery = readings.Where(r => r.Hour == 3);
        readings[0].Value = -1;
        readings[4].Value = 90;
        Console.WriteLine("list: " + string.Join(" ", firstHour) + " | query: " + string.Join(" ", lateQuery));

        // Grouping into a struct summary.
        var summaries = readings
            .GroupBy(r => r.Sensor)
            .Select(g => new Summary { Sensor = g.Key, Count = g.Count(), Max = g.Max(r => r.Value), Mean = g.Average(r => r.Value) })
            .OrderBy(s => s.Sensor)
            .ToList();
        summaries.ForEach(s => Console.WriteLine("  " + s));

        // Defaults and searches.
        var none = readings.FirstOrDefault(r => r.Sensor == "z");
        none.Hour = 24;
        Console.WriteLine($"none: {none}, last b: {readings.Last(r => r.Sensor == "b")}");
        var list = readings.ToList();
        var found = list.Find(r => r.Value > 50);
        found.Value = 0;
        Console.WriteLine($"found copy {found}, list still {list.Find(r => r.Sensor == "b" && r.Hour == 3)}");
        list.Sort((x, y) => x.Value.CompareTo(y.Value));
        Console.WriteLine("sorted: " + string.Join(" ", list));
        Console.WriteLine($"removed {list.RemoveAll(r => r.Value < 10)}, left {list.Count}");
        var byHour = readings.ToDictionary(r => r.Sensor + r.Hour);
        Console.WriteLine($"a2 -> {byHour["a2"]}");
        var total = readings.Aggregate(new Reading("sum", 0, 0), (acc, r) => { acc.Value += r.Value; return acc; });
        Console.WriteLine($"total {total}");

        // Async lambdas over structs: each call works on its own copy.
        var tasks = readings.Where(r => r.Sensor != "c").Select(async r =>
        {
            await Task.Delay(1);
            r.Hour += 100;
            return r;
        });
        var shifted = await Task.WhenAll(tasks);
        Console.WriteLine("shifted: " + string.Join(" ", shifted));
        Func<Reading, Task<Reading>> calibrate = CalibrateAsync;
        var calibrated = await Task.WhenAll(readings.Take(2).Select(calibrate));
        Console.WriteLine("calibrated: " + string.Join(" ", calibrated) + " | source: " + string.Join(" ", readings.Take(2)));
        var peak = await Task.Run(() => readings.OrderBy(r => -r.Value).First());
        peak.Sensor = "peak";
        Console.WriteLine($"peak {peak}, readings[4] {readings[4]}");
    }
}
