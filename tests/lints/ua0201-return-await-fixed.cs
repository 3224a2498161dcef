// Tutorial Pattern 1 (after): the task is returned as it is; and async methods that are not mere wrappers.
// expect: none
using System;
using System.Threading.Tasks;

static class Repository
{
    public static async Task<string> GetAsync(int id)
    {
        await Task.Delay(10);
        return "user" + id;
    }

    public static Task<int> CountAsync()
    {
        return Task.FromResult(3);
    }
}

static class Program
{
    static Task<string> GetUserAsync(int id)
    {
        return Repository.GetAsync(id);
    }

    // Not a wrapper: the argument check must throw into the task, not at the call.
    static async Task<string> GetCheckedAsync(int id)
    {
        if (id < 0)
        {
            throw new ArgumentException("id must not be negative");
        }
        return await Repository.GetAsync(id);
    }

    // Not a wrapper: it works on the result.
    static async Task<string> ShoutAsync(int id)
    {
        string name = await Repository.GetAsync(id);
        return name.ToUpper();
    }

    // Not a wrapper: a Task<int> is not a Task<long>.
    static async Task<long> WidenAsync()
    {
        return await Repository.CountAsync();
    }

    static async Task Main()
    {
        Console.WriteLine(await GetUserAsync(1));
        Console.WriteLine(await GetCheckedAsync(2));
        Console.WriteLine(await ShoutAsync(3));
        Console.WriteLine(await WidenAsync());
    }
}
