// A continuation that waits on another task than its antecedent still blocks.
// expect: UA0202
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> SlowAsync()
    {
        await Task.Delay(20);
        return 5;
    }

    static async Task Main()
    {
        Task<int> slow = SlowAsync();
        Task<int> sum = Task.Run(() => 1).ContinueWith(t => t.Result + slow.Result);
        Console.WriteLine(await sum);
    }
}
