// The report's text as written in the source, and its counts: an awaited ?: keeps its
// parentheses, a quoted statement ending in a parenthesized await is closed, two awaits on one
// line are one line number, a one-byte slot is "1 byte", a ?: makes one of its tasks (or calls
// one method once, whichever arm runs); a large frame with a single await has nothing to split
// (no Pattern 7); C#'s own warnings (CS1998, CS4014) are in the method's list like the lints.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<Task<int>> StartAsync(int n)
    {
        await Task.Delay(1);
        return Task.FromResult(n * 2);
    }

    static async Task<int> NestedAsync(int count)
    {
        int total = 0;
        for (int i = 0; i < count; i++)
        {
            total += await (await StartAsync(i));
        }
        return total;
    }

    static async Task<int> EitherAsync(int n)
    {
        bool positive = n > 0;
        await (positive ? Task.Delay(5) : Task.Delay(6));
        return positive ? n : -n;
    }

    static async Task<int> PickAsync(bool first)
    {
        return first ? await EitherAsync(1) : await EitherAsync(2);
    }

    static async Task<long> WideAsync(long a, long b, long c, long d, long e, long f, long g, long h)
    {
        await Task.Delay(1);
        return a + b + c + d + e + f + g + h;
    }

    static async Task<int> AnswerAsync()
    {
        return 42;
    }

    static async Task Main()
    {
        Console.WriteLine(await NestedAsync(3));
        Console.WriteLine(await EitherAsync(4) + await EitherAsync(-4));
        Console.WriteLine(await PickAsync(true));
        Console.WriteLine(await WideAsync(1, 2, 3, 4, 5, 6, 7, 8));
        Console.WriteLine(await AnswerAsync());
        StartAsync(9);
        await Task.Delay(20);
    }
}
