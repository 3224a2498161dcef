// C# 12: custom awaitables: a class with GetAwaiter() returning a nested awaiter class implementing INotifyCompletion (IsCompleted, OnCompleted, GetResult returning a value), an extension GetAwaiter on TimeSpan returning TaskAwaiter, awaiting already-completed and pending custom awaiters, an exception thrown from GetResult, await inside an interpolated string in an async lambda
// mcs: compiles and runs
using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

sealed class Signal
{
    private readonly object _gate = new object();
    private Action _continuation;
    private bool _fired;
    private string _payload;

    public void Fire(string payload)
    {
        Action continuation;
        lock (_gate)
        {
            _fired = true;
            _payload = payload;
            continuation = _continuation;
            _continuation = null;
        }
        continuation?.Invoke();
    }

    public SignalAwaiter GetAwaiter() => new SignalAwaiter(this);

    public sealed class SignalAwaiter : INotifyCompletion
    {
        private readonly Signal _signal;
        public SignalAwaiter(Signal signal) { _signal = signal; }

        public bool IsCompleted { get { lock (_signal._gate) return _signal._fired; } }

        public void OnCompleted(Action continuation)
        {
            bool runNow;
            lock (_signal._gate)
            {
                runNow = _signal._fired;
                if (!runNow) _signal._continuation = continuation;
            }
            if (runNow) continuation();
        }

        public string GetResult()
        {
            if (_signal._payload == "error") throw new InvalidOperationException("the signal carried an error");
            return _signal._payload;
        }
    }
}

static class TimeSpanAwaiting
{
    public static TaskAwaiter GetAwaiter(this TimeSpan delay) => Task.Delay(delay).GetAwaiter();
}

class Program
{
    static async Task Main()
    {
        var ready = new Signal();
        ready.Fire("already done");
        Console.WriteLine(await ready);

        var later = new Signal();
        Task<string> waiter = Task.Run(async () => $"received: {await later}");
        await TimeSpan.FromMilliseconds(10);
        later.Fire("hello from the signal");
        Console.WriteLine(await waiter);

        var failing = new Signal();
        failing.Fire("error");
        try { await failing; }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
