// Struct values allocate nothing while they live in the stack frame of the call that makes
// them, as in .NET: locals, copies, constructors, methods called on a local, a loop's fresh
// value each iteration. One struct value is kept across an await, so it outlives the first run
// of its method and unawait gives it a heap object (.NET keeps it in the state machine's box):
// the only object `--stats` counts.
using System;
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
    }
}
