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

    // Not async, so C# says nothing (CS4014 is only reported in async methods).
    static void Start()
    {
        WorkAsync();
    }

    static async Task Main()
    {
        _ = FailLaterAsync();
        Start();
        await Task.Delay(50);
    }
}
