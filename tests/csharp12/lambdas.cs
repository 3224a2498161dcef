// C# 12: lambdas (expression bodies, block bodies, async lambdas, closures over loop copies, curried lambdas returning lambdas), lambdas passed to generic methods, an exception filter in a retry helper, Task.Run with a lambda
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    static TResult Apply<T, TResult>(T value, Func<T, TResult> f) => f(value);

    static async Task<T> RetryAsync<T>(Func<Task<T>> operation, int attempts)
    {
        for (int i = 1; ; i++)
        {
            try
            {
                return await operation();
            }
            catch (InvalidOperationException) when (i < attempts)
            {
                Console.WriteLine($"attempt {i} failed, retrying");
            }
        }
    }

    static async Task Main()
    {
        Func<int, int> square = x => x * x;
        Func<int, int, int> max = (a, b) => { if (a > b) return a; return b; };
        Action<string> log = message => Console.WriteLine("log: " + message);
        Func<int, Func<int, int>> adder = a => b => a + b;

        log($"square(7) = {square(7)}, max(3, 9) = {max(3, 9)}, adder(2)(5) = {adder(2)(5)}");
        Console.WriteLine(Apply("lambda", s => s.Length));

        var multipliers = new List<Func<int, int>>();
        for (int i = 1; i <= 3; i++)
        {
            int factor = i;
            multipliers.Add(v => v * factor);
        }
        Console.WriteLine(string.Join(" ", multipliers.Select(m => m(10))));

        int calls = 0;
        int value = await RetryAsync(async () =>
        {
            calls++;
            await Task.Delay(1);
            if (calls < 3) throw new InvalidOperationException("flaky");
            return calls * 100;
        }, 5);
        Console.WriteLine($"value {value} after {calls} calls");

        Func<Task<string>> slow = async () => { await Task.Delay(2); return "done"; };
        Console.WriteLine(await slow());
        int background = await Task.Run(() => Enumerable.Range(1, 100).Sum());
        Console.WriteLine(background);
        Func<Task> noop = () => Task.CompletedTask;
        await noop();
    }
}
