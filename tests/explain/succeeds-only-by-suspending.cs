using System;
using System.Threading;
using System.Threading.Tasks;

// RunAsync can complete synchronously only by failing (WaitAsync's task may be faulted): every
// call that succeeds passes the Task.Delay, which must suspend. Its synchronous path is a
// faulted task, not the cached Task.CompletedTask.
class Worker
{
    private readonly SemaphoreSlim gate = new SemaphoreSlim(1, 1);
    public int Done;

    public async Task RunAsync()
    {
        await gate.WaitAsync();
        await Task.Delay(20);
        Done += 2;
        gate.Release();
    }
}

class Program
{
    static async Task Main()
    {
        var w = new Worker();
        await w.RunAsync();
        Console.WriteLine(w.Done);
    }
}
