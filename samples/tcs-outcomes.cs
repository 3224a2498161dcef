// TaskCompletionSource<T> outcomes: SetException, SetCanceled, the TrySet* results, and completing a source twice.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static void Describe(string name, Task t)
    {
        Console.WriteLine(name + ": " + t.Status + " faulted=" + t.IsFaulted + " canceled=" + t.IsCanceled);
    }

    static async Task AwaitIt(string name, Task<int> t)
    {
        try
        {
            int v = await t;
            Console.WriteLine(name + ": await returned " + v);
        }
        catch (TaskCanceledException e)
        {
            Console.WriteLine(name + ": await threw TaskCanceledException: " + e.Message);
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine(name + ": await threw OperationCanceledException: " + e.Message);
        }
        catch (TimeoutException e)
        {
            Console.WriteLine(name + ": await threw TimeoutException: " + e.Message);
        }
    }

    static async Task FailLaterAsync(TaskCompletionSource<int> source)
    {
        await Task.Delay(100);
        source.SetException(new TimeoutException("no answer in time"));
    }

    static async Task Main()
    {
        // SetException: the task faults; await rethrows the exception itself.
        TaskCompletionSource<int> failing = new TaskCompletionSource<int>();
        Task pending = FailLaterAsync(failing);
        await AwaitIt("SetException", failing.Task);
        await pending;
        Describe("SetException", failing.Task);
        Console.WriteLine("Exception: " + failing.Task.Exception.InnerException.Message);
        Console.WriteLine("TrySetResult after SetException: " + failing.TrySetResult(1));
        Console.WriteLine("TrySetCanceled after SetException: " + failing.TrySetCanceled());

        // An OperationCanceledException through SetException still faults the task.
        TaskCompletionSource<int> oce = new TaskCompletionSource<int>();
        oce.SetException(new OperationCanceledException());
        Describe("SetException(OperationCanceledException)", oce.Task);
        await AwaitIt("SetException(OperationCanceledException)", oce.Task);

        // SetCanceled: awaiting throws TaskCanceledException, .Wait() wraps one in an AggregateException.
        TaskCompletionSource<int> canceled = new TaskCompletionSource<int>();
        canceled.SetCanceled();
        Describe("SetCanceled", canceled.Task);
        await AwaitIt("SetCanceled", canceled.Task);
        try
        {
            canceled.Task.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait threw AggregateException: " + e.InnerException.Message);
        }
        Console.WriteLine("TrySetCanceled again: " + canceled.TrySetCanceled());

        // TrySet*: true for the first one only.
        TaskCompletionSource<int> tried = new TaskCompletionSource<int>();
        Console.WriteLine("TrySetResult: " + tried.TrySetResult(5));
        Console.WriteLine("TrySetResult again: " + tried.TrySetResult(6));
        Console.WriteLine("TrySetException: " + tried.TrySetException(new InvalidOperationException()));
        Console.WriteLine("TrySetCanceled: " + tried.TrySetCanceled());
        Describe("TrySetResult", tried.Task);
        Console.WriteLine("result: " + await tried.Task);

        TaskCompletionSource<int> triedFault = new TaskCompletionSource<int>();
        Console.WriteLine("TrySetException: " + triedFault.TrySetException(new NotSupportedException("nope")));
        try
        {
            int r = triedFault.Task.Result;
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Result threw AggregateException: " + e.InnerException.Message);
        }

        TaskCompletionSource<int> triedCancel = new TaskCompletionSource<int>();
        Console.WriteLine("TrySetCanceled: " + triedCancel.TrySetCanceled());
        Describe("TrySetCanceled", triedCancel.Task);
        await AwaitIt("TrySetCanceled", triedCancel.Task);

        // Set* on a completed source throws; the task keeps its first outcome.
        TaskCompletionSource<int> once = new TaskCompletionSource<int>();
        once.SetResult(1);
        try
        {
            once.SetResult(2);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("SetResult twice: " + e.Message);
        }
        try
        {
            once.SetException(new Exception("late"));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("SetException after SetResult: " + e.Message);
        }
        try
        {
            canceled.SetCanceled();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("SetCanceled twice: " + e.Message);
        }
        Console.WriteLine("still: " + once.Task.Status + " " + await once.Task);

        // SetException with several exceptions: await rethrows the first, Exception holds all.
        TaskCompletionSource<int> many = new TaskCompletionSource<int>();
        List<Exception> errors = new List<Exception>();
        errors.Add(new TimeoutException("first"));
        errors.Add(new InvalidOperationException("second"));
        many.SetException(errors);
        Console.WriteLine("SetException(list): " + many.Task.Exception.InnerExceptions.Count + " exceptions, first: " + many.Task.Exception.InnerException.Message);
        await AwaitIt("SetException(list)", many.Task);
        Console.WriteLine("TrySetException(list) again: " + many.TrySetException(errors));

        // Arguments: null exceptions, an empty list, options a source's task cannot have.
        try
        {
            Exception none = null;
            once.TrySetException(none);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("TrySetException(null): " + e.Message);
        }
        try
        {
            once.SetException(new List<Exception>());
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("SetException(empty list): " + e.Message);
        }
        try
        {
            TaskCompletionSource<int> bad = new TaskCompletionSource<int>(TaskCreationOptions.LongRunning);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("LongRunning: " + e.Message);
        }
        TaskCompletionSource<int> attached = new TaskCompletionSource<int>(TaskCreationOptions.AttachedToParent);
        Console.WriteLine("AttachedToParent is accepted: " + attached.TrySetResult(0));
        Console.WriteLine("names: " + TaskCreationOptions.PreferFairness + " " + TaskCreationOptions.LongRunning + " " + TaskCreationOptions.DenyChildAttach + " " + TaskCreationOptions.HideScheduler);
    }
}
