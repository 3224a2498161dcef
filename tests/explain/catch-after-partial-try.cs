// What a catch clause, a finally block and the code after them know about a task: an exception
// can come from anywhere in the try body, so the catch knows only what the body cannot change,
// and the finally only what neither the body nor a catch clause can. The index of
// `values[IndexOf(key)] = await pending` is evaluated before the await, so when IndexOf throws,
// `pending` was never awaited: the await after the catch may suspend (Main completes the gate
// only after the call has returned). A try that starts with `await t` of a task that is never
// null reaches its catch only after `t` has completed; a task that may be null (a parameter)
// throws NullReferenceException there without having completed, and proves nothing. A catch
// clause that replaces the task before it returns makes the finally's await depend on run time.
using System;
using System.Threading.Tasks;

static class Program
{
    static string[] keys = { "a", "b" };
    static int[] values = new int[2];
    static TaskCompletionSource<int> gate = new TaskCompletionSource<int>();
    static TaskCompletionSource<int> retry = new TaskCompletionSource<int>();

    static int IndexOf(string key)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] == key)
            {
                return i;
            }
        }
        throw new ArgumentException("unknown key " + key);
    }

    static async Task<int> FetchAsync(int id)
    {
        await Task.Delay(5);
        return id;
    }

    static async Task<int> SaveAsync(string key)
    {
        Task<int> pending = gate.Task;
        try
        {
            values[IndexOf(key)] = await pending;
            return 1;
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        return await pending;
    }

    // `load` is never null: if its await throws, it has completed (faulted), and awaiting it
    // again after the catch completes at once (and throws again).
    static async Task<int> LoadTwiceAsync(bool fail)
    {
        Task<int> load = fail ? FailAsync() : FetchAsync(3);
        try
        {
            await load;
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("load failed");
        }
        try
        {
            return await load;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("again: " + e.Message);
            return -1;
        }
    }

    static async Task<int> FailAsync()
    {
        await Task.Delay(5);
        throw new InvalidOperationException("load failed");
    }

    // `maybe` may be null: awaiting it throws before anything completes.
    static async Task<int> ProbeAsync(Task<int> maybe)
    {
        Task<int> t = maybe;
        try
        {
            await t;
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("first await: null task");
        }
        try
        {
            return await t;
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("second await: null task");
            return -1;
        }
    }

    // On failure the catch clause switches to the retry's task and returns; the finally then
    // awaits that one, which Main completes later.
    static async Task<int> SaveWithRetryAsync(bool fail)
    {
        Task<int> save = FetchAsync(1);
        await save;
        try
        {
            if (fail)
            {
                throw new InvalidOperationException("disk full");
            }
            return 0;
        }
        catch (InvalidOperationException)
        {
            save = retry.Task;
            return -1;
        }
        finally
        {
            Console.WriteLine("saved " + await save);
        }
    }

    static async Task Main()
    {
        Task<int> t = SaveAsync("zz");
        Console.WriteLine("started, completed = " + t.IsCompleted);
        gate.SetResult(7);
        Console.WriteLine(await t);
        Console.WriteLine(await LoadTwiceAsync(false));
        Console.WriteLine(await LoadTwiceAsync(true));
        Console.WriteLine(await ProbeAsync(null));
        Console.WriteLine(await ProbeAsync(Task.FromResult(3)));
        Console.WriteLine(await SaveWithRetryAsync(false));
        Task<int> r = SaveWithRetryAsync(true);
        Console.WriteLine("retry: started, completed = " + r.IsCompleted);
        retry.SetResult(2);
        Console.WriteLine(await r);
    }
}
