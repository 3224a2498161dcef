// TaskStatus values printed by name, and IsCompleted/IsFaulted/IsCanceled for every way a task can end.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> SlowAsync()
    {
        await Task.Delay(100);
        return 1;
    }

    static async Task FaultAsync()
    {
        await Task.Delay(10);
        throw new NotImplementedException();
    }

    static async Task CancelAsync(CancellationToken token)
    {
        await Task.Delay(10);
        token.ThrowIfCancellationRequested();
    }

    static void Describe(string name, Task t)
    {
        Console.WriteLine(name + ": " + t.Status + " completed=" + t.IsCompleted + " faulted=" + t.IsFaulted + " canceled=" + t.IsCanceled);
    }

    static async Task Main()
    {
        Describe("CompletedTask", Task.CompletedTask);
        Describe("FromResult", Task.FromResult("x"));

        Task<int> slow = SlowAsync();
        Describe("pending async method", slow);
        Task delay = Task.Delay(100);
        Describe("pending delay", delay);
        await slow;
        await delay;
        Describe("finished async method", slow);

        Task faulted = FaultAsync();
        try { await faulted; } catch (NotImplementedException) { }
        Describe("faulted", faulted);

        CancellationTokenSource cts = new CancellationTokenSource();
        cts.Cancel();
        Task canceled = CancelAsync(cts.Token);
        try { await canceled; } catch (OperationCanceledException) { }
        Describe("canceled", canceled);

        TaskStatus s = faulted.Status;
        if (s == TaskStatus.Faulted)
        {
            Console.WriteLine("compared with TaskStatus.Faulted: equal");
        }
        Console.WriteLine("canceled is not RanToCompletion: " + (canceled.Status != TaskStatus.RanToCompletion));
        Console.WriteLine("all names: " + TaskStatus.Created + " " + TaskStatus.WaitingForActivation + " " + TaskStatus.WaitingToRun + " "
            + TaskStatus.Running + " " + TaskStatus.WaitingForChildrenToComplete + " " + TaskStatus.RanToCompletion + " "
            + TaskStatus.Canceled + " " + TaskStatus.Faulted);
        Console.WriteLine(s.ToString().ToUpper());
    }
}
