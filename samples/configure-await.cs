// ConfigureAwait(false/true) on Task, Task<T> and ValueTask<T>: same values, and no SynchronizationContext in a console app.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> ComputeAsync(int v)
    {
        await Task.Delay(10).ConfigureAwait(false);
        return v + 1;
    }

    static async ValueTask<int> CachedAsync(int v)
    {
        if (v > 0)
        {
            return v;
        }
        await Task.Yield();
        return -v;
    }

    static async Task LibraryCallAsync(string name)
    {
        await Task.Delay(10).ConfigureAwait(false);
        Console.WriteLine("library call " + name + " finished");
    }

    static async Task Main()
    {
        int mainThread = Environment.CurrentManagedThreadId;
        int a = await ComputeAsync(1).ConfigureAwait(false);
        int b = await ComputeAsync(2).ConfigureAwait(true);
        Console.WriteLine("values: " + a + " " + b);

        int c = await CachedAsync(5).ConfigureAwait(false);
        int d = await CachedAsync(-6).ConfigureAwait(true);
        Console.WriteLine("value tasks: " + c + " " + d);

        // Awaiting an already completed task never suspends, with or without ConfigureAwait.
        int before = Environment.CurrentManagedThreadId;
        await Task.CompletedTask.ConfigureAwait(false);
        int e = await Task.FromResult(42).ConfigureAwait(false);
        Console.WriteLine("completed tasks: " + e + ", same thread: " + (before == Environment.CurrentManagedThreadId));

        await LibraryCallAsync("one").ConfigureAwait(false);
        await LibraryCallAsync("two");

        // ConfigureAwait(true) asks to resume on the captured context, but a console app has none:
        // the main thread is blocked waiting for Main's task, so the continuation runs on a pool thread.
        await Task.Delay(10).ConfigureAwait(true);
        Console.WriteLine("ConfigureAwait(true) resumed on the main thread: " + (mainThread == Environment.CurrentManagedThreadId));
    }
}
