// SemaphoreSlim counts: CurrentCount, Release's return value, Release(n), SemaphoreFullException, argument checks, and a blocking Wait() served in arrival order with WaitAsync() waiters.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static SemaphoreSlim shared = new SemaphoreSlim(0);

    static async Task AsyncWaiterAsync(string name)
    {
        Console.WriteLine(name + " waits with WaitAsync");
        await shared.WaitAsync();
        Console.WriteLine(name + " entered");
    }

    // Resumes on a pool thread after the delay, then blocks that thread in Wait().
    static async Task BlockingWaiterAsync(string name)
    {
        await Task.Delay(50);
        Console.WriteLine(name + " blocks in Wait");
        shared.Wait();
        Console.WriteLine(name + " entered");
    }

    static async Task Main()
    {
        SemaphoreSlim s = new SemaphoreSlim(1, 3);
        Console.WriteLine("initial: " + s.CurrentCount);
        s.Wait();
        Console.WriteLine("after Wait: " + s.CurrentCount);
        Console.WriteLine("Release returns " + s.Release());
        Console.WriteLine("Release(2) returns " + s.Release(2));
        Console.WriteLine("count: " + s.CurrentCount);
        try
        {
            s.Release();
        }
        catch (SemaphoreFullException e)
        {
            Console.WriteLine("full: " + e.Message);
        }
        Console.WriteLine("count unchanged: " + s.CurrentCount);
        await s.WaitAsync();
        await s.WaitAsync();
        Console.WriteLine("after two WaitAsync: " + s.CurrentCount);
        try
        {
            s.Release(3);
        }
        catch (SemaphoreFullException)
        {
            Console.WriteLine("Release(3) with count 1 of 3 is full");
        }
        try
        {
            s.Release(0);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("Release(0): " + e.Message);
        }
        try
        {
            SemaphoreSlim bad = new SemaphoreSlim(-1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("new SemaphoreSlim(-1): " + e.Message);
        }
        try
        {
            SemaphoreSlim bad = new SemaphoreSlim(0, 0);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("new SemaphoreSlim(0, 0): " + e.Message);
        }
        SemaphoreSlim unbounded = new SemaphoreSlim(5);
        Console.WriteLine("no maximum: Release(1000) returns " + unbounded.Release(1000) + ", count " + unbounded.CurrentCount);

        // Waiters are served in the order they came, whether they wait asynchronously or block.
        Task a = AsyncWaiterAsync("A");
        Task b = BlockingWaiterAsync("B");
        await Task.Delay(150);
        Task c = AsyncWaiterAsync("C");
        await Task.Delay(100);
        for (int i = 1; i <= 3; i++)
        {
            // Printed before Release: the waiter it lets in runs on another thread at once.
            Console.WriteLine("release " + i);
            shared.Release();
            await Task.Delay(100);
        }
        await Task.WhenAll(a, b, c);
        Console.WriteLine("all entered, count " + shared.CurrentCount);
    }
}
