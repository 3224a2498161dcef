// C# 12: record structs (readonly record struct with methods using with, mutable positional record struct with an extra property), with expressions on record structs, anonymous types and tuples (C# 10), value equality, deconstruction, record structs as Dictionary keys, nullable record struct with ?. and ??
using System;
using System.Collections.Generic;
using System.Linq;

public readonly record struct GridPos(int Row, int Col)
{
    public GridPos Offset(int dr, int dc) => this with { Row = Row + dr, Col = Col + dc };
    public int Manhattan(GridPos other) => Math.Abs(Row - other.Row) + Math.Abs(Col - other.Col);
}

public record struct Reading(string Sensor, double Value)
{
    public DateTime? TakenAt { get; set; }
}

class Program
{
    static void Main()
    {
        var start = new GridPos(0, 0);
        var goal = start.Offset(3, 4);
        Console.WriteLine($"{start} -> {goal}: distance {start.Manhattan(goal)}");

        var visited = new Dictionary<GridPos, int> { [start] = 0, [goal] = 7 };
        Console.WriteLine(visited[new GridPos(3, 4)]);
        Console.WriteLine(new GridPos(1, 2) == new GridPos(1, 2));

        var r = new Reading("temp", 21.5);
        r.Value = 22.0;
        r.TakenAt = new DateTime(2024, 1, 1, 12, 0, 0);
        var copy = r with { Sensor = "temp2" };
        Console.WriteLine($"{r.Sensor} {r.Value} {copy.Sensor} {copy.TakenAt:yyyy-MM-dd}");
        var (sensor, value) = copy;
        Console.WriteLine($"{sensor}={value}");

        var anon = new { Name = "widget", Qty = 3 };
        var more = anon with { Qty = 10 };
        Console.WriteLine($"{anon} {more}");

        (int X, int Y) tuple = (1, 2);
        var moved = tuple with { Y = 5 };
        Console.WriteLine(moved);

        Reading? missing = null;
        Console.WriteLine(missing?.Value ?? double.NaN);
        var readings = new[] { new Reading("a", 1), new Reading("b", 3), new Reading("a", 5) };
        foreach (var g in readings.GroupBy(x => x.Sensor))
            Console.WriteLine($"{g.Key}: {g.Average(x => x.Value)}");
    }
}
