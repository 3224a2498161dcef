// Task.WaitAny on tasks nothing will complete: the report names Task.WaitAny and follows each
// input's chain of awaits; a timer still pending (Wait with a timeout elsewhere) is no deadlock.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static TaskCompletionSource<int> never = new TaskCompletionSource<int>();

    static async Task<int> StuckAsync()
    {
        return await never.Task;
    }

    static void Main()
    {
        Task<int> a = StuckAsync();
        Console.WriteLine("Wait(100): " + a.Wait(100));
        Console.WriteLine("WaitAny with a timeout: " + Task.WaitAny(new Task[] { a }, 100));
        Task.WaitAny(a, Task.Delay(Timeout.Infinite));
    }
}
