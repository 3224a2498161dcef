// Tutorial Trap D: Task.Run around an async lambda that only awaits async work adds a task, a delegate (a closure when it captures) and a pool hop.
// expect: UA0213, UA0213, UA0201, UA0201
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> FetchAsync(int id)
    {
        await Task.Delay(1);
        return id * 2;
    }

    static async Task SaveAsync()
    {
        Console.WriteLine("saving");
        await Task.Delay(1);
    }

    static async Task Main()
    {
        int id = 21;
        int value = await Task.Run(async () => await FetchAsync(id));
        await Task.Run(async () => await SaveAsync());
        Console.WriteLine(value);
    }
}
