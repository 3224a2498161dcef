// Trap D: `await Task.Run(async () => await FetchAsync(id))` around work that is already
// asynchronous: the lambda starts on a pool thread (a hop), Run's task is one more task, and
// the lambda's closure and delegate are allocated on every call. Awaiting FetchAsync directly
// costs none of them.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> FetchAsync(int id)
    {
        await Task.Delay(1);
        return id * 2;
    }

    static async Task<int> Offloaded(int id) => await Task.Run(async () => await FetchAsync(id));

    static async Task<int> Direct(int id) => await FetchAsync(id);

    static async Task Main()
    {
        Console.WriteLine(await Offloaded(1) + await Direct(2));
    }
}
