// C# 12: Task.Run (an Action, a Func<T>, an async lambda), Task.Factory.StartNew with CancellationToken.None, TaskCreationOptions.LongRunning and TaskScheduler.Default, StartNew of an async lambda with Unwrap, ContinueWith with TaskContinuationOptions, Task.WhenAll over Task.Run, Task.CompletedTask, Task.FromResult, task status
// mcs: compiles and runs
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static long CountPrimes(int limit)
    {
        long count = 0;
        for (int n = 2; n <= limit; n++)
        {
            bool prime = true;
            for (int d = 2; d * d <= n; d++)
                if (n % d == 0) { prime = false; break; }
            if (prime) count++;
        }
        return count;
    }

    static async Task Main()
    {
        Task<long> primes = Task.Run(() => CountPrimes(10000));
        Task logging = Task.Run(() => Console.WriteLine("logging from the pool"));
        await logging;
        Console.WriteLine($"primes below 10000: {await primes}");

        Task<string> longRunning = Task.Factory.StartNew(() =>
        {
            Thread.Sleep(5);
            return "long running done";
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Console.WriteLine(await longRunning);

        Task<Task<int>> nested = Task.Factory.StartNew(async () =>
        {
            await Task.Delay(1);
            return 7;
        });
        int unwrapped = await nested.Unwrap();
        Console.WriteLine($"unwrapped {unwrapped}");

        Task<int> asyncRun = Task.Run(async () =>
        {
            await Task.Delay(1);
            return 6 * 7;
        });
        Console.WriteLine(await asyncRun);

        Task<string> continued = primes.ContinueWith(t => $"continuation saw {t.Result}", TaskContinuationOptions.OnlyOnRanToCompletion);
        Console.WriteLine(await continued);

        var squares = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => Task.Run(() => i * i)));
        Console.WriteLine(string.Join(" ", squares));

        Task done = Task.CompletedTask;
        Task<int> ready = Task.FromResult(1);
        Console.WriteLine($"{done.Status} {ready.Result} {primes.IsCompleted}");
    }
}
