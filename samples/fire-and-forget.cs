// Discarding tasks with `_ = SomeAsync();`: the work still runs, and an unobserved failure is silently dropped.
using System;
using System.Threading.Tasks;

static class Program
{
    static int finishedJobs = 0;

    static async Task BackgroundAsync(string name, int ms)
    {
        Console.WriteLine(name + " started");
        await Task.Delay(ms);
        finishedJobs++;
        Console.WriteLine(name + " finished");
    }

    static async Task FailLaterAsync(string message)
    {
        await Task.Delay(10);
        throw new InvalidOperationException(message);
    }

    static async Task<int> AnswerAsync()
    {
        await Task.Yield();
        return 42;
    }

    static async Task Main()
    {
        _ = BackgroundAsync("job", 100);
        Console.WriteLine("Main continues right away");

        _ = FailLaterAsync("nobody is watching this one");
        Task tracked = FailLaterAsync("this one is tracked");

        _ = Task.CompletedTask;
        _ = Task.FromResult(5);
        _ = AnswerAsync();
        _ = 1 + 2;

        await Task.Delay(300);
        Console.WriteLine("after 300 ms: finished jobs = " + finishedJobs);
        Console.WriteLine("tracked faulted: " + tracked.IsFaulted + ", message: " + tracked.Exception.InnerException.Message);

        Task<int> answer = AnswerAsync();
        _ = answer;
        Console.WriteLine("a discarded variable's task can still be awaited: " + await answer);
    }
}
