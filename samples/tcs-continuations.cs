// Where the continuation of `await tcs.Task` runs: inline inside SetResult by default, on the pool after SetResult returns with RunContinuationsAsynchronously.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static bool resumed = false;
    static int resumedOn = 0;

    static async Task WaitForAsync(string name, Task<int> signal, bool print)
    {
        int value = await signal;
        resumed = true;
        resumedOn = Environment.CurrentManagedThreadId;
        if (print)
        {
            Console.WriteLine("  " + name + " resumed with " + value);
        }
    }

    static async Task Main()
    {
        int main = Environment.CurrentManagedThreadId;

        TaskCompletionSource<int> plain = new TaskCompletionSource<int>();
        Task waiter = WaitForAsync("default", plain.Task, true);
        Console.WriteLine("default: before SetResult");
        plain.SetResult(1);
        Console.WriteLine("default: after SetResult, continuation already ran: " + resumed);
        Console.WriteLine("default: continuation ran on the thread that called SetResult: " + (resumedOn == main));
        await waiter;

        resumed = false;
        resumedOn = 0;
        TaskCompletionSource<int> queued = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task waiter2 = WaitForAsync("asynchronous", queued.Task, false);
        Console.WriteLine("asynchronous: before SetResult");
        queued.SetResult(2);
        bool ranInside = resumed;
        Console.WriteLine("asynchronous: after SetResult, continuation already ran: " + ranInside);
        await waiter2;
        Console.WriteLine("asynchronous: continuation ran on the thread that called SetResult: " + (resumedOn == main));
        Console.WriteLine("asynchronous: result " + await queued.Task);

        // TrySetResult runs the continuation inline just the same.
        resumed = false;
        TaskCompletionSource<int> tried = new TaskCompletionSource<int>(TaskCreationOptions.None);
        Task waiter3 = WaitForAsync("TrySetResult", tried.Task, true);
        Console.WriteLine("TrySetResult: before");
        bool set = tried.TrySetResult(3);
        Console.WriteLine("TrySetResult: returned " + set + ", continuation already ran: " + resumed);
        await waiter3;

        Console.WriteLine("options: " + TaskCreationOptions.None + ", " + TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
