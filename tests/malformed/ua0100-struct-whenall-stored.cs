// expect: UA0100
// Valid C#: `Task.WhenAll` of `Task<S>` for a struct `S`, kept in a variable and awaited later (only a `WhenAll` awaited at once gets copies of the results).
using System;
using System.Threading.Tasks;

struct Point
{
    public int X;
}

class Program
{
    static async Task<Point> Make(int x)
    {
        await Task.Yield();
        return new Point { X = x };
    }

    static async Task Main()
    {
        Task<Point[]> all = Task.WhenAll(Make(1), Make(2));
        Point[] points = await all;
        Console.WriteLine(points.Length);
    }
}
