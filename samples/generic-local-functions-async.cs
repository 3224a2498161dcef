// Async generic local functions: a retry helper and a fan-out helper whose result types are
// inferred from the lambdas they are given; the order of attempts, awaits and captured state.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Flaky(string name, int failures, int[] seen)
    {
        await Task.Yield();
        seen[0]++;
        if (seen[0] <= failures)
            throw new InvalidOperationException(name + " failed (" + seen[0] + ")");
        return seen[0] * 10;
    }

    static async Task Main()
    {
        var log = new List<string>();
        int attempts = 0;

        async Task<T> Retry<T>(Func<Task<T>> operation, int maxAttempts)
        {
            for (int attempt = 1; ; attempt++)
            {
                attempts++;
                try
                {
                    var result = await operation();
                    log.Add("ok on attempt " + attempt);
                    return result;
                }
                catch (InvalidOperationException e) when (attempt < maxAttempts)
                {
                    log.Add("retry after: " + e.Message);
                    await Task.Delay(1);
                }
            }
        }

        var counter = new int[1];
        int value = await Retry(() => Flaky("fetch", 2, counter), 5);
        Console.WriteLine("value " + value + ", attempts " + attempts);

        string text = await Retry(async () =>
        {
            await Task.Delay(1);
            return "text after " + attempts + " attempts";
        }, 3);
        Console.WriteLine(text);

        try
        {
            var never = new int[1];
            await Retry(() => Flaky("always", 10, never), 2);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("gave up: " + e.Message);
        }
        foreach (var line in log)
            Console.WriteLine("  " + line);

        // Starts every operation before awaiting any: the start order, then the results in order.
        async Task<List<T>> All<T>(IEnumerable<Func<Task<T>>> operations)
        {
            var started = new List<Task<T>>();
            foreach (var op in operations)
                started.Add(op());
            var results = new List<T>();
            foreach (var t in started)
                results.Add(await t);
            return results;
        }

        async Task<T> Slow<T>(T v, int ms)
        {
            Console.WriteLine("start " + v);
            await Task.Delay(ms);
            Console.WriteLine("done " + v);
            return v;
        }

        var words = await All(new Func<Task<string>>[] { () => Slow("a", 30), () => Slow("b", 10) });
        Console.WriteLine(string.Join(",", words));
        var numbers = await All(new List<Func<Task<double>>> { () => Slow(1.5, 5), () => Task.FromResult(2.5) });
        Console.WriteLine(string.Join(",", numbers));

        // An async generic local function returning a plain Task, called with explicit arguments.
        async Task Show<T>(T item)
        {
            await Task.Yield();
            Console.WriteLine(typeof(T).Name + ": " + item);
        }
        await Show<object>("boxed");
        await Show(3);
    }
}
