// A `Task.WhenAll` kept in a variable completes the tasks it was given, not what their variables
// hold when it is awaited: once an input's variable is assigned another task, awaiting the
// combined task says nothing about the new one. Here the new task is still pending (started
// later, or completed only by Main after the call has returned), so its await must be allowed
// to suspend; an input that is not reassigned is still known complete (`backup.Result` waits
// for nothing). In the loop, the WhenAll made before it no longer covers `current` after the
// first iteration replaces it.
using System;
using System.Threading.Tasks;

static class Program
{
    static TaskCompletionSource<int> gate = new TaskCompletionSource<int>();

    static async Task<int> FetchAsync(int id)
    {
        await Task.Delay(10 + id);
        return id;
    }

    // The primary request is restarted after the pair was combined.
    static async Task<int> RestartAsync()
    {
        Task<int> primary = FetchAsync(1);
        Task<int> backup = FetchAsync(2);
        Task both = Task.WhenAll(primary, backup);
        primary = FetchAsync(30);
        await both;
        int p = await primary;
        return p + backup.Result;
    }

    // The replacement is completed by Main only after this call has returned.
    static async Task<int> PairAsync()
    {
        Task<int> a = Task.FromResult(1);
        Task<int> b = Task.FromResult(2);
        Task both = Task.WhenAll(a, b);
        a = gate.Task;
        await both;
        int v = await a;
        return v + b.Result;
    }

    // The pair is awaited on every iteration; `current` is replaced at the end of each one.
    static async Task<int> LoopAsync()
    {
        Task<int> current = FetchAsync(1);
        Task<int> other = FetchAsync(2);
        Task pair = Task.WhenAll(current, other);
        int sum = 0;
        for (int i = 0; i < 3; i++)
        {
            await pair;
            sum += await current;
            current = FetchAsync(5 + i);
        }
        return sum + await other;
    }

    static async Task Main()
    {
        Console.WriteLine("restart: " + await RestartAsync());
        Task<int> pair = PairAsync();
        Console.WriteLine("pair: started, completed = " + pair.IsCompleted);
        gate.SetResult(40);
        Console.WriteLine("pair: " + await pair);
        Console.WriteLine("loop: " + await LoopAsync());
    }
}
