// C# 12: indexers (two-parameter indexer declared in an interface, string-keyed indexer with get/set bodies, an overloaded get-only indexer, expression-bodied generic indexer), [IndexerName] on every indexer of a type, tuple dictionary keys, compound assignment through an indexer
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

interface IGrid
{
    int this[int row, int col] { get; set; }
}

class SparseGrid : IGrid
{
    private readonly Dictionary<(int, int), int> _cells = new Dictionary<(int, int), int>();

    public int this[int row, int col]
    {
        get { int v; return _cells.TryGetValue((row, col), out v) ? v : 0; }
        set { if (value == 0) _cells.Remove((row, col)); else _cells[(row, col)] = value; }
    }

    public int Count => _cells.Count;
}

class Settings
{
    private readonly Dictionary<string, string> _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    [IndexerName("Setting")]
    public string this[string key]
    {
        get { string v; return _values.TryGetValue(key, out v) ? v : "(unset)"; }
        set { _values[key] = value; }
    }

    [IndexerName("Setting")]
    public string this[string key, string fallback] => _values.TryGetValue(key, out var v) ? v : fallback;
}

class Ring<T>
{
    private readonly T[] _items;
    public Ring(params T[] items) { _items = items; }
    public T this[int index] => _items[((index % _items.Length) + _items.Length) % _items.Length];
    public int Length => _items.Length;
}

class Program
{
    static void Main()
    {
        IGrid grid = new SparseGrid();
        grid[1, 2] = 5;
        grid[3, 3] = 7;
        grid[1, 2] += 10;
        grid[3, 3] = 0;
        Console.WriteLine($"{grid[1, 2]} {grid[3, 3]} {grid[0, 0]} cells={((SparseGrid)grid).Count}");

        var settings = new Settings();
        settings["Theme"] = "dark";
        Console.WriteLine(settings["theme"]);
        Console.WriteLine(settings["font"]);
        Console.WriteLine(settings["font", "Consolas"]);

        var days = new Ring<string>("Mon", "Tue", "Wed");
        Console.WriteLine($"{days[0]} {days[4]} {days[-1]} (length {days.Length})");
        try
        {
            var pair = new int[2];
            int index = pair.Length;
            Console.WriteLine(pair[index]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("out of range");
        }
    }
}
