// Struct values allocate nothing while they live in the stack frame of the call that makes
// them, as in .NET: locals, copies, constructors, methods called on a local, a loop's fresh
// value each iteration; nor when one is kept across an await (the state machine's frame holds
// its fields, as .NET's holds the struct). One value is stored in a list, which keeps it
// beyond the call: unawait gives it a heap object (.NET copies it into the list's array), the
// only object `--stats` counts.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

struct Point
{
    public int X;
    public int Y;
    public string Tag;
    public Point(int x, int y) { X = x; Y = y; Tag = "p"; }
    public void Move(int dx) { X += dx; Y -= dx; }
    public int Sum() { return X + Y; }
}

class Program
{
    static long Walk(int n)
    {
        long total = 0;
        var origin = new Point(0, 0);
        for (int i = 0; i < n; i++)
        {
            var p = new Point(i, 2 * i);
            var q = p;
            q.Move(1);
            origin.Move(q.Sum() % 3);
            total += p.Sum() + q.X + origin.Sum();
        }
        return total + origin.Tag.Length;
    }

    static async Task<int> Later(int i)
    {
        var kept = new Point(i, i);
        await Task.Yield();
        return kept.Sum();
    }

    static async Task Main()
    {
        Console.WriteLine(Walk(1000));
        Console.WriteLine(await Later(21));
        var kept = new List<Point>();
        kept.Add(new Point(1, 2));
        Console.WriteLine(kept[0].Sum());
    }
}
