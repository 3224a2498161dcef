// Nullable structs of the program (`Point?`): null or a copy of the struct.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct Point
{
    public int X;
    public int Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int d) { X += d; Y += d; }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

class Grid
{
    readonly Dictionary<string, Point> named = new Dictionary<string, Point>();
    public Point? Last;
    public void Name(string n, Point p) { named[n] = p; Last = p; }
    public Point? Find(string n)
    {
        Point p;
        if (named.TryGetValue(n, out p)) return p;
        return null;
    }
    public async Task<Point?> FindLaterAsync(string n)
    {
        await Task.Yield();
        return Find(n);
    }
}

class Program
{
    static string Show(Point? p) { return p.HasValue ? "at " + p.Value : "nowhere"; }

    static async Task Main()
    {
        var grid = new Grid();
        Console.WriteLine(Show(grid.Last) + " " + (grid.Last == null));
        var origin = new Point(1, 2);
        grid.Name("origin", origin);
        origin.Move(10);
        Console.WriteLine(Show(grid.Find("origin")) + " " + Show(grid.Find("none")) + " " + origin);

        Point? maybe = grid.Find("origin");
        Point copy = maybe.Value;
        copy.Move(5);
        Console.WriteLine(maybe + " " + copy + " " + maybe.Value.X);

        Point? none = null;
        Console.WriteLine((none ?? new Point(9, 9)) + " " + none.GetValueOrDefault() + " " + none.GetValueOrDefault(new Point(7, 7)));
        Console.WriteLine(maybe.GetValueOrDefault() + " " + maybe?.X + " " + (none?.X ?? -1) + "|" + none + "|");

        try
        {
            Console.WriteLine(none.Value);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            Point p = (Point)none;
            Console.WriteLine(p);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("cast: " + e.Message);
        }

        object boxed = maybe;
        object nothing = none;
        Console.WriteLine((boxed is Point) + " " + (nothing == null) + " " + boxed);

        var later = await grid.FindLaterAsync("origin");
        Console.WriteLine(later.HasValue + " " + later);

        var list = new List<Point?> { new Point(1, 1), null, origin };
        int count = 0;
        foreach (var item in list)
        {
            if (item.HasValue) count += item.Value.X;
        }
        Console.WriteLine(count + " " + list.Count);

        Point? p2 = default;
        p2 = p2 ?? new Point(3, 4);
        Console.WriteLine(p2 + " " + maybe.Equals(grid.Find("origin")) + " " + maybe.Equals(none));
    }
}
