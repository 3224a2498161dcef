// Tutorial Pattern 1: GetUserAsync as an async wrapper (return await ...) and without one (return the task itself).
using System;
using System.Threading.Tasks;

static class Repository
{
    static string[] names = new[] { "ada", "grace", "linus" };
    public static int Calls = 0;

    public static async Task<string> GetAsync(int id)
    {
        Calls++;
        await Task.Delay(10);
        return names[id];
    }

    public static Task<int> CountAsync()
    {
        return Task.FromResult(names.Length);
    }
}

static class Program
{
    // Before: a whole state machine whose only job is to await and hand the value back.
    static async Task<string> GetUserAsync(int id)
    {
        return await Repository.GetAsync(id);
    }

    // After: no async, no state machine; the repository's task is returned as it is.
    static Task<string> GetUserDirect(int id)
    {
        return Repository.GetAsync(id);
    }

    static async Task<int> CountWrapped()
    {
        return await Repository.CountAsync();
    }

    static Task<int> CountDirect()
    {
        return Repository.CountAsync();
    }

    // Where the two forms differ: argument checks in a non-async method throw at the call.
    static Task<string> GetUserChecked(int id)
    {
        if (id < 0)
        {
            throw new ArgumentException("id must not be negative");
        }
        return Repository.GetAsync(id);
    }

    static async Task<string> GetUserCheckedAsync(int id)
    {
        if (id < 0)
        {
            throw new ArgumentException("id must not be negative");
        }
        return await Repository.GetAsync(id);
    }

    static async Task Main()
    {
        string a = await GetUserAsync(0);
        string b = await GetUserDirect(1);
        Console.WriteLine(a + " and " + b + " after " + Repository.Calls + " repository calls");

        Task<int> c1 = CountWrapped();
        Task<int> c2 = CountDirect();
        // Task.FromResult is already complete, so the wrapper's await takes the fast path and never suspends.
        Console.WriteLine("completed synchronously: " + c1.IsCompleted + " " + c2.IsCompleted);
        Console.WriteLine("count = " + await c1 + ", again = " + await c2);

        try
        {
            Task<string> t = GetUserChecked(-1);
            Console.WriteLine("not reached " + t.Status);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("direct version threw at the call: " + e.Message);
        }

        Task<string> pending = GetUserCheckedAsync(-1);
        Console.WriteLine("async version returned a task; faulted = " + pending.IsFaulted);
        try
        {
            await pending;
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("async version threw at the await: " + e.Message);
        }

        Console.WriteLine((await GetUserCheckedAsync(2)).ToUpper());
    }
}
