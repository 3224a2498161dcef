using System;
using System.Threading.Tasks;

static class Program
{
    static int mainId;

    static async Task<int> Before()
    {
        int id = Environment.CurrentManagedThreadId;
        await Task.Delay(10);
        return id;
    }

    static async Task Main()
    {
        mainId = Environment.CurrentManagedThreadId;
        int b = await Before();
        Console.WriteLine("code before first await ran on main thread: " + (b == mainId));
        Console.WriteLine("after await Delay, not main thread: " + (Environment.CurrentManagedThreadId != mainId));
        await Task.Yield();
        Console.WriteLine("after Yield, not main thread: " + (Environment.CurrentManagedThreadId != mainId));
        await Task.Delay(5).ConfigureAwait(false);
        Console.WriteLine("after ConfigureAwait(false), not main thread: " + (Environment.CurrentManagedThreadId != mainId));
        int here = Environment.CurrentManagedThreadId;
        await Task.CompletedTask;
        Console.WriteLine("completed await keeps thread: " + (here == Environment.CurrentManagedThreadId));
        Task<int> blocked = Before();
        int r = blocked.Result;
        Console.WriteLine("sync part of Before ran on caller thread: " + (r == here));
    }
}
