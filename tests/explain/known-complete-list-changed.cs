// After `await Task.WhenAll(list)` every task of the list has completed, until the code puts a
// pending task in it. A loop that adds to the list undoes the fact for the elements it reads on
// its next iterations (a loop's head knows only what nothing in the loop changes), a loop before
// the reads undoes it for them all, and so does adding through a second variable that names the
// same list. Each of those awaits depends on run time: one said to complete synchronously would
// get no suspend path from the JIT and block on its pending task (the predictions test runs them
// all). The list nothing changes after its WhenAll keeps the fact: its awaits complete at once.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static TaskCompletionSource<int> gate = new TaskCompletionSource<int>();

    static async Task<int> FetchAsync(int id)
    {
        await Task.Delay(10 + id);
        return id;
    }

    // Each round reads the newest task, then starts one more.
    static async Task<int> RollingAsync()
    {
        var inflight = new List<Task<int>>();
        for (int i = 0; i < 3; i++)
        {
            inflight.Add(FetchAsync(i));
        }
        await Task.WhenAll(inflight);
        int total = 0;
        for (int round = 0; round < 3; round++)
        {
            total += await inflight[inflight.Count - 1];
            inflight.Add(FetchAsync(10 + round));
        }
        return total;
    }

    // A second wave is started after the first wave's WhenAll; then every task is awaited.
    static async Task<int> TwoWavesAsync()
    {
        var tasks = new List<Task<int>>();
        tasks.Add(FetchAsync(1));
        tasks.Add(FetchAsync(2));
        await Task.WhenAll(tasks);
        for (int i = 3; i <= 4; i++)
        {
            tasks.Add(FetchAsync(i));
        }
        int sum = 0;
        foreach (var t in tasks)
        {
            sum += await t;
        }
        return sum;
    }

    // The task added on the first iteration is only completed by Main, after this call has
    // returned to it: awaiting it must suspend, or the program never ends.
    static async Task<int> GatedAsync()
    {
        var list = new List<Task<int>>();
        list.Add(Task.FromResult(1));
        await Task.WhenAll(list);
        int s = 0;
        for (int i = 0; i < 2; i++)
        {
            s += await list[list.Count - 1];
            list.Add(gate.Task);
        }
        return s;
    }

    // `pending` names the same list as `all`: what is added through it is in `all` too.
    static async Task<int> AliasAsync()
    {
        var all = new List<Task<int>>();
        all.Add(FetchAsync(1));
        var pending = all;
        await Task.WhenAll(all);
        pending.Add(FetchAsync(20));
        int sum = 0;
        foreach (var t in all)
        {
            sum += await t;
        }
        return sum;
    }

    // Nothing changes the list after the WhenAll: each await completes synchronously.
    static async Task<int> UnchangedAsync()
    {
        var tasks = new List<Task<int>>();
        for (int i = 0; i < 3; i++)
        {
            tasks.Add(FetchAsync(i));
        }
        await Task.WhenAll(tasks);
        int sum = 0;
        foreach (var t in tasks)
        {
            sum += await t;
        }
        return sum;
    }

    static async Task Main()
    {
        Console.WriteLine("rolling: " + await RollingAsync());
        Console.WriteLine("two waves: " + await TwoWavesAsync());
        Task<int> gated = GatedAsync();
        Console.WriteLine("gated: started, completed = " + gated.IsCompleted);
        gate.SetResult(5);
        Console.WriteLine("gated: " + await gated);
        Console.WriteLine("alias: " + await AliasAsync());
        Console.WriteLine("unchanged: " + await UnchangedAsync());
    }
}
