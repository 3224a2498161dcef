// The non-generic TaskCompletionSource (.NET 5+): SetResult()/TrySetResult(), SetException, SetCanceled, and where `await tcs.Task` continues: inline inside SetResult on the setter's thread by default, queued to the pool with RunContinuationsAsynchronously.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static int resumedOn = 0;
    static bool resumed = false;

    static async Task AwaitSignalAsync(Task signal)
    {
        await signal;
        resumed = true;
        resumedOn = Environment.CurrentManagedThreadId;
    }

    static async Task Main()
    {
        int main = Environment.CurrentManagedThreadId;

        TaskCompletionSource inline = new TaskCompletionSource();
        Console.WriteLine("task type: " + inline.Task.GetType().Name + ", status " + inline.Task.Status);
        Task waiter = AwaitSignalAsync(inline.Task);
        inline.SetResult();
        Console.WriteLine("default: resumed inside SetResult: " + resumed + ", on the setter's thread: " + (resumedOn == main));
        await waiter;
        Console.WriteLine("TrySetResult() again: " + inline.TrySetResult() + ", status " + inline.Task.Status);
        try
        {
            inline.SetResult();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("SetResult() again: " + e.Message);
        }

        resumed = false;
        resumedOn = 0;
        TaskCompletionSource queued = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task waiter2 = AwaitSignalAsync(queued.Task);
        queued.SetResult();
        bool ranInside = resumed;
        Console.WriteLine("RunContinuationsAsynchronously: resumed inside SetResult: " + ranInside);
        await waiter2;
        Console.WriteLine("RunContinuationsAsynchronously: resumed on the setter's thread: " + (resumedOn == main));

        TaskCompletionSource failed = new TaskCompletionSource();
        failed.SetException(new InvalidOperationException("boom"));
        try
        {
            await failed.Task;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("SetException: " + failed.Task.Status + ", await throws " + e.Message);
        }

        TaskCompletionSource canceled = new TaskCompletionSource();
        Console.WriteLine("TrySetCanceled: " + canceled.TrySetCanceled() + ", " + canceled.Task.Status);
        try
        {
            canceled.Task.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait() on it: " + e.InnerException.GetType().Name);
        }

        // A plain signal between a pool thread and a blocked Main, with a timeout.
        TaskCompletionSource signal = new TaskCompletionSource();
        Task setter = SetLaterAsync(signal, 100);
        Console.WriteLine("Wait(50): " + signal.Task.Wait(50) + ", Wait(1000): " + signal.Task.Wait(1000));
        await setter;
        Console.WriteLine("done");
    }

    static async Task SetLaterAsync(TaskCompletionSource source, int ms)
    {
        await Task.Delay(ms);
        source.SetResult();
    }
}
