using System;
using System.Threading;
using System.Threading.Tasks;

// Task.Factory.StartNew: an Action or a Func<TResult>, with a CancellationToken,
// TaskCreationOptions or both and a TaskScheduler, and what its task does when the delegate
// throws.
class Program
{
    static int Square(int x) => x * x;

    static int Fail(string why) => throw new InvalidOperationException(why);

    static async Task Main()
    {
        TaskFactory factory = Task.Factory;
        Console.WriteLine(factory);
        Console.WriteLine(ReferenceEquals(factory, Task.Factory));

        Task a = Task.Factory.StartNew(() => Console.WriteLine("action ran"));
        await a;
        Console.WriteLine("action task: " + a.Status);

        Task<int> f = Task.Factory.StartNew(() => Square(12));
        Console.WriteLine("func: " + await f);

        Task<string> s = factory.StartNew(() => "text " + 3);
        Console.WriteLine(await s);

        Task<double> d = Task.Factory.StartNew(() => 1.5 * 3);
        Console.WriteLine(await d);

        // LongRunning asks for a thread of its own: the result is the same.
        Task<int> longRunning = Task.Factory.StartNew(() => Square(5), TaskCreationOptions.LongRunning);
        Console.WriteLine("long running: " + await longRunning);
        Task none = Task.Factory.StartNew(() => Console.WriteLine("options None"), TaskCreationOptions.None);
        await none;

        // The overloads with a scheduler: the pool's is the only one, inside a task or not.
        Console.WriteLine(TaskScheduler.Default);
        Task<bool> current = Task.Factory.StartNew(
            () => TaskScheduler.Current == TaskScheduler.Default,
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Console.WriteLine("Current inside is Default: " + await current);

        using (var cts = new CancellationTokenSource())
        {
            Task<int> live = Task.Factory.StartNew(() => 10, cts.Token);
            Console.WriteLine("with a live token: " + await live);
            cts.Cancel();
            Task canceled = Task.Factory.StartNew(() => Console.WriteLine("never printed"), cts.Token);
            try
            {
                await canceled;
            }
            catch (TaskCanceledException e)
            {
                Console.WriteLine(e.GetType().Name + ": " + canceled.Status);
            }
            Task<int> canceledFunc = Task.Factory.StartNew(() => 1, cts.Token);
            try
            {
                Console.WriteLine(await canceledFunc);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("func canceled: " + canceledFunc.IsCanceled);
            }
        }

        Task<int> faulty = Task.Factory.StartNew(() => Fail("bad state"));
        try
        {
            await faulty;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message + ", " + faulty.Status);
        }

        // Several at once, then their sum.
        var parts = new Task<int>[4];
        for (int i = 0; i < parts.Length; i++)
        {
            int n = i + 1;
            parts[i] = Task.Factory.StartNew(() => Square(n));
        }
        int[] squares = await Task.WhenAll(parts);
        Console.WriteLine(string.Join(",", squares));

        Action nothing = null;
        try
        {
            _ = Task.Factory.StartNew(nothing);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.ParamName);
        }
    }
}
