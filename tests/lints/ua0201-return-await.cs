// Tutorial Pattern 1 (before): an async wrapper whose only job is `return await`.
// expect: UA0201
// expect: UA0201
using System;
using System.Threading.Tasks;

static class Repository
{
    public static async Task<string> GetAsync(int id)
    {
        await Task.Delay(10);
        return "user" + id;
    }

    public static async Task SaveAsync(string name)
    {
        await Task.Delay(10);
        Console.WriteLine("saved " + name);
    }
}

static class Program
{
    static async Task<string> GetUserAsync(int id)
    {
        return await Repository.GetAsync(id);
    }

    // The same for a Task: the only statement awaits another task.
    static async Task SaveUserAsync(string name) => await Repository.SaveAsync(name);

    static async Task Main()
    {
        string user = await GetUserAsync(7);
        await SaveUserAsync(user);
    }
}
