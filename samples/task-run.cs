// Task.Run with each kind of delegate: Action, Func<TResult> (int, double, bool, string),
// Func<Task> and Func<Task<int>> (the task Run gives completes when the delegate's task does),
// a delegate that throws (the task faults), and a token canceled before the work item runs (the
// task is canceled and the delegate never runs).
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<int> WorkAsync(int x)
    {
        await Task.Delay(5);
        return x * 2;
    }

    static int Compute(int n)
    {
        int sum = 0;
        for (int i = 1; i <= n; i++) sum += i;
        return sum;
    }

    static async Task Main()
    {
        await Task.Run(() => Console.WriteLine("action ran"));
        int n = await Task.Run(() => Compute(100));
        Console.WriteLine("func " + n);
        await Task.Run(async () =>
        {
            await Task.Delay(1);
            Console.WriteLine("async func");
        });
        int m = await Task.Run(() => WorkAsync(5));
        Console.WriteLine("func of a task " + m);
        double d = await Task.Run(() => 1.5);
        bool b = await Task.Run(() => n > 5000);
        string s = await Task.Run(() => "te" + "xt");
        Console.WriteLine(d + " " + b + " " + s);

        Task failing = Task.Run(() => { throw new InvalidOperationException("boom"); });
        try
        {
            await failing;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message + ", status " + failing.Status);
        }

        var cts = new CancellationTokenSource();
        cts.Cancel();
        Task never = Task.Run(() => Console.WriteLine("never"), cts.Token);
        try
        {
            await never;
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("canceled before start, status " + never.Status);
        }

        int counter = 0;
        Task[] all = new Task[3];
        for (int i = 0; i < 3; i++)
        {
            int k = i;
            all[i] = Task.Run(() => { Interlocked.Add(ref counter, k + 1); });
        }
        await Task.WhenAll(all);
        Console.WriteLine("counter " + counter);
    }
}
