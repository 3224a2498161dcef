// A `try` whose `finally` has no await: the value being returned and the exception in flight
// are kept only while the `finally` runs, never across the await in the `try` body, so they
// are not in the frame (and C#'s compiler makes no `<>7__wrap` fields for them: it rewrites
// only `try` statements whose `finally` or `catch` awaits). The second method's `finally`
// awaits: there both are kept across that await.
using System;
using System.Threading.Tasks;

static class Program
{
    static int handled;

    static async Task<string> F()
    {
        try
        {
            await Task.Delay(1);
            return "fine";
        }
        finally
        {
            handled++;
        }
    }

    static async Task<string> G()
    {
        try
        {
            await Task.Delay(1);
            return "kept";
        }
        finally
        {
            await Task.Delay(1);
            handled++;
        }
    }

    static async Task Main()
    {
        Console.WriteLine(await F());
        Console.WriteLine(await G());
        Console.WriteLine(handled);
    }
}
