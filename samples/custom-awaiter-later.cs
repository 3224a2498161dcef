// Class and struct awaiters that complete later: one hands its continuation to a delay and
// runs it on the thread the delay completes on; one registers it with a
// TaskCompletionSource's task, so the await resumes inside SetResult; one is already set.
using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

class Later
{
    private readonly int ms;
    private readonly string value;
    public Later(int ms, string value) { this.ms = ms; this.value = value; }
    public LaterAwaiter GetAwaiter() => new LaterAwaiter(ms, value);
}

class LaterAwaiter : INotifyCompletion
{
    private readonly int ms;
    private readonly string value;
    private bool done;
    public LaterAwaiter(int ms, string value) { this.ms = ms; this.value = value; }
    public bool IsCompleted => done;
    public void OnCompleted(Action continuation)
    {
        Console.WriteLine("  OnCompleted: resuming in " + ms + " ms");
        _ = ResumeAfterDelay(continuation);
    }
    private async Task ResumeAfterDelay(Action continuation)
    {
        await Task.Delay(ms);
        done = true;
        continuation();
    }
    public string GetResult()
    {
        if (!done) throw new InvalidOperationException("not completed");
        return value;
    }
}

class Signal
{
    private readonly TaskCompletionSource<int> tcs = new TaskCompletionSource<int>();
    public void Set(int v) { tcs.SetResult(v); }
    public SignalAwaiter GetAwaiter() => new SignalAwaiter(tcs.Task);
}

struct SignalAwaiter : ICriticalNotifyCompletion
{
    private readonly Task<int> task;
    public SignalAwaiter(Task<int> task) { this.task = task; }
    public bool IsCompleted => task.IsCompleted;
    public void OnCompleted(Action k) { Console.WriteLine("  Signal.OnCompleted"); _ = RunAfter(task, k); }
    public void UnsafeOnCompleted(Action k) { Console.WriteLine("  Signal.UnsafeOnCompleted"); _ = RunAfter(task, k); }
    private static async Task RunAfter(Task<int> t, Action k)
    {
        await t;
        k();
    }
    public int GetResult() => task.Result;
}

class Program
{
    static async Task<string> Fetch(int ms, string value)
    {
        string got = await new Later(ms, value);
        return got.ToUpper();
    }

    static async Task<int> WaitSignal(Signal s)
    {
        Console.WriteLine("  waiting for the signal");
        int v = await s;
        Console.WriteLine("  signal carried " + v);
        return v + 1;
    }

    static async Task Main()
    {
        Task<string> first = Fetch(20, "first");
        Console.WriteLine("Fetch returned; completed: " + first.IsCompleted);
        Console.WriteLine(await first);
        Console.WriteLine(await Fetch(5, "second") + " " + await Fetch(1, "third"));
        var s = new Signal();
        Task<int> w = WaitSignal(s);
        Console.WriteLine("signal waiter suspended: " + !w.IsCompleted);
        s.Set(41);
        Console.WriteLine("after Set: completed " + w.IsCompleted);
        Console.WriteLine("WaitSignal returned " + await w);
        var done = new Signal();
        done.Set(7);
        Console.WriteLine("already set: " + await done);
    }
}
