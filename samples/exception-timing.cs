// Exception timing: a non-async method throws at the call; an async method stores the exception in its task.
using System;
using System.Threading.Tasks;

static class Program
{
    // Not async: the throw happens while the caller is still inside the call.
    static Task FooSync()
    {
        throw new InvalidOperationException("thrown by FooSync");
    }

    // Async: runs synchronously up to the first await, then throws on resumption.
    static async Task FooAsync()
    {
        await Task.Yield();
        throw new InvalidOperationException("thrown by FooAsync");
    }

    // Async, but throws before any await: still no exception at the call site.
    static async Task<int> ThrowsBeforeAwait(int x)
    {
        if (x == 0)
        {
            throw new ArgumentException("x must not be zero");
        }
        await Task.Delay(10);
        return 100 / x;
    }

    static async Task Main()
    {
        try
        {
            Task t = FooSync();
            Console.WriteLine("not reached");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("1. caught at the call: " + e.Message);
        }

        Task pending = null;
        try
        {
            pending = FooAsync();
            Console.WriteLine("2. FooAsync returned a task without throwing");
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("not reached");
        }

        try
        {
            await pending;
            Console.WriteLine("not reached");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("3. caught at the await: " + e.Message);
        }
        Console.WriteLine("4. IsFaulted = " + pending.IsFaulted + ", Status = " + pending.Status);

        Task<int> early = ThrowsBeforeAwait(0);
        Console.WriteLine("5. already faulted before any await: " + early.IsFaulted + ", completed: " + early.IsCompleted);
        try
        {
            int value = await early;
            Console.WriteLine("not reached " + value);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("6. observed when awaited: " + e.Message);
        }

        Console.WriteLine("7. happy path: " + await ThrowsBeforeAwait(4));
    }
}
