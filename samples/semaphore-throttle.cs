// SemaphoreSlim(2) throttling five async workers: at most two run at once, the others wait in WaitAsync in arrival order.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static SemaphoreSlim gate = new SemaphoreSlim(2);
    static int active = 0;
    static int peak = 0;

    static async Task<int> WorkerAsync(int id, int ms)
    {
        Console.WriteLine("worker " + id + " waits (free slots: " + gate.CurrentCount + ")");
        await gate.WaitAsync();
        try
        {
            active++;
            if (active > peak)
            {
                peak = active;
            }
            Console.WriteLine("worker " + id + " starts, " + active + " running");
            await Task.Delay(ms);
            Console.WriteLine("worker " + id + " ends after " + ms + " ms");
            active--;
            return id * 10;
        }
        finally
        {
            gate.Release();
        }
    }

    static async Task Main()
    {
        // Durations chosen so that events are 100 ms apart: 0 and 1 start at 0;
        // 1 ends at 100 (2 starts), 0 ends at 250 (3 starts), 2 ends at 350 (4 starts),
        // 3 ends at 450, 4 ends at 550.
        int[] durations = { 250, 100, 250, 200, 200 };
        List<Task<int>> workers = new List<Task<int>>();
        for (int i = 0; i < durations.Length; i++)
        {
            workers.Add(WorkerAsync(i, durations[i]));
        }
        Console.WriteLine("all started, free slots: " + gate.CurrentCount);
        int[] results = await Task.WhenAll(workers);
        int sum = 0;
        foreach (int r in results)
        {
            sum += r;
        }
        Console.WriteLine("results sum " + sum + ", peak concurrency " + peak + ", free slots " + gate.CurrentCount);

        // WaitAsync on a free semaphore completes at once; on a full one it stays pending.
        SemaphoreSlim one = new SemaphoreSlim(1);
        Task first = one.WaitAsync();
        Task second = one.WaitAsync();
        Console.WriteLine("first completed: " + first.IsCompleted + ", second completed: " + second.IsCompleted + " (" + second.Status + ")");
        Console.WriteLine("Release returns " + one.Release());
        await second;
        Console.WriteLine("second completed: " + second.IsCompleted + ", count " + one.CurrentCount);
    }
}
