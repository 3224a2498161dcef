// expect: CS1995
// A query's select clause becomes a lambda: an await there is not allowed (only in the first from's collection or a join's).
using System;
using System.Linq;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Twice(int x)
    {
        await Task.Yield();
        return x * 2;
    }

    static async Task Main()
    {
        int[] xs = { 1, 2 };
        var q = from x in xs select await Twice(x);
        Console.WriteLine(q.Count());
    }
}
