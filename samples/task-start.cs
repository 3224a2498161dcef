using System;
using System.Threading;
using System.Threading.Tasks;

// Tasks made by their constructor: not started (Created) until Start() queues them or
// RunSynchronously() runs them on the calling thread; Start() and RunSynchronously() on a
// task that is not such a task throw InvalidOperationException, with .NET's reasons.
class Program
{
    static async Task<int> ComputeAsync()
    {
        await Task.Delay(20);
        return 3;
    }

    static void Try(string what, Action a)
    {
        try
        {
            a();
            Console.WriteLine(what + ": ok");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(what + ": " + e.Message);
        }
    }

    static async Task Main()
    {
        int runs = 0;
        var t = new Task(() => { runs++; Console.WriteLine("the action runs"); });
        Console.WriteLine(t.Status + ", runs " + runs);
        await Task.Delay(20);
        Console.WriteLine("still " + t.Status + ", runs " + runs);
        t.Start();
        await t;
        Console.WriteLine(t.Status + ", runs " + runs);
        Try("Start again", () => t.Start());
        Try("RunSynchronously after it ran", () => t.RunSynchronously());

        var f = new Task<int>(() => 6 * 7);
        Console.WriteLine(f.Status);
        f.Start();
        Console.WriteLine("result " + await f);

        // RunSynchronously: on this thread, before the call returns.
        bool done = false;
        var sync = new Task<string>(() => { done = true; return "ran inline"; });
        sync.RunSynchronously();
        Console.WriteLine(done + " " + sync.IsCompleted + " " + await sync);

        // A fault stays in the task: RunSynchronously itself does not throw.
        var faulty = new Task(() => throw new FormatException("bad input"));
        faulty.RunSynchronously();
        Console.WriteLine(faulty.Status + ": " + faulty.Exception.InnerException.Message);
        try
        {
            await faulty;
        }
        catch (FormatException e)
        {
            Console.WriteLine("await rethrows: " + e.Message);
        }

        // Tasks nobody may start.
        Task<int> promise = ComputeAsync();
        Try("Start on an async method's task", () => promise.Start());
        Try("RunSynchronously on it", () => promise.RunSynchronously());
        await promise;
        Try("Start on it once complete", () => promise.Start());

        var gate = new TaskCompletionSource<bool>();
        Task running = Task.Run(() => gate.Task.Wait());
        Try("Start on Task.Run's task", () => running.Start());
        Try("RunSynchronously on it", () => running.RunSynchronously());
        Task continuation = gate.Task.ContinueWith(_ => Console.WriteLine("continuation runs"));
        Try("Start on a continuation", () => continuation.Start());
        Try("Start on TaskCompletionSource's task", () => gate.Task.Start());
        gate.SetResult(true);
        await running;
        await continuation;
        Try("Start on Task.CompletedTask", () => Task.CompletedTask.Start());

        // Started from several places, each task once.
        var tasks = new Task<int>[3];
        for (int i = 0; i < tasks.Length; i++)
        {
            int n = i;
            tasks[i] = new Task<int>(() => n * 10);
        }
        foreach (var task in tasks)
        {
            task.Start();
        }
        Console.WriteLine(string.Join(" ", await Task.WhenAll(tasks)));
    }
}
