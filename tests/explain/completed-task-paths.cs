// A method that returns a task (not async) hands back a completed task on several paths and a
// pending one on the last: explain names every completed path at the await of its call.
using System;
using System.Threading.Tasks;

class Cache
{
    private readonly TaskCompletionSource<string> pending = new TaskCompletionSource<string>();

    public Task<string> GetAsync(int key)
    {
        if (key == 1) return Task.FromResult("one");
        if (key == 2) return Task.FromResult("two");
        if (key < 0) return Task.FromResult("negative");
        return pending.Task;
    }
}

class Program
{
    static async Task Main()
    {
        var cache = new Cache();
        Console.WriteLine(await cache.GetAsync(1));
        Console.WriteLine(await cache.GetAsync(-5));
    }
}
