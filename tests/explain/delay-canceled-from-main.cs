// Where the continuation of `await Task.Delay(ms, token)` runs: the delay's task is completed
// by its timer, on a pool thread, or by whoever cancels the token, inside `Cancel()`, and the
// continuation runs inline on that thread. Main cancels the token here, so the worker resumes
// on the main thread; a delay without a token always resumes on a pool thread. With a token, a
// constant delay is still not certain to suspend: a token canceled already completes it at once.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static int mainThread;

    static async Task<string> WaitAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(1000, token);
            return "elapsed";
        }
        catch (TaskCanceledException)
        {
            return "canceled, on main: " + (Environment.CurrentManagedThreadId == mainThread);
        }
    }

    static async Task<string> TickAsync()
    {
        await Task.Delay(10);
        return "tick, on main: " + (Environment.CurrentManagedThreadId == mainThread);
    }

    static async Task Main()
    {
        mainThread = Environment.CurrentManagedThreadId;
        var cts = new CancellationTokenSource();
        Task<string> waiting = WaitAsync(cts.Token);
        Console.WriteLine("waiting, completed = " + waiting.IsCompleted);
        cts.Cancel();
        Console.WriteLine("after Cancel, completed = " + waiting.IsCompleted);
        Console.WriteLine(await waiting);
        Task<string> early = WaitAsync(cts.Token);
        Console.WriteLine("canceled before the call, completed = " + early.IsCompleted);
        Console.WriteLine(await early);
        Console.WriteLine(await TickAsync());
        Console.WriteLine(await WaitAsync(new CancellationTokenSource().Token));
    }
}
