// Tutorial section 9 (fire-and-forget tasks and lost failures): tasks nobody observes.
// expect: UA0207
// expect: UA0207
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task FailLaterAsync()
    {
        await Task.Delay(10);
        throw new InvalidOperationException("nobody sees this");
    }

    static async Task WorkAsync()
    {
        await Task.Delay(5);
        Console.WriteLine("work done");
    }

    // Not async: it hands back WorkAsync's task without awaiting it.
    static Task StartWorkAsync()
    {
        return WorkAsync();
    }

    // C# says nothing here: CS4014 covers a call of an `async` method, or any awaitable call
    // in an async method, and this is neither.
    static void Start()
    {
        StartWorkAsync();
    }

    static async Task Main()
    {
        _ = FailLaterAsync();
        Start();
        await Task.Delay(50);
    }
}
