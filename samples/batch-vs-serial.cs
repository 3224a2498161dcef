// Tutorial Pattern 3: awaiting in a loop (serial) vs filling a List<Task<int>> and awaiting Task.WhenAll once.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static int started = 0;
    static int finished = 0;
    static int maxInFlight = 0;

    static async Task<int> LoadAsync(int id)
    {
        started++;
        if (started - finished > maxInFlight)
        {
            maxInFlight = started - finished;
        }
        await Task.Delay(50 + 10 * id);
        finished++;
        return id * 10;
    }

    static void Reset()
    {
        started = 0;
        finished = 0;
        maxInFlight = 0;
    }

    static async Task Main()
    {
        int[] ids = new[] { 1, 2, 3, 4 };

        // Serial: one suspension per item, one operation in flight at a time.
        int serialSum = 0;
        foreach (var id in ids)
        {
            serialSum += await LoadAsync(id);
        }
        Console.WriteLine("serial: sum = " + serialSum + ", max in flight = " + maxInFlight);

        // Batched: start everything, then suspend once.
        Reset();
        List<Task<int>> tasks = new List<Task<int>>();
        for (int i = 0; i < ids.Length; i++)
        {
            tasks.Add(LoadAsync(ids[i]));
        }
        Console.WriteLine("batch: " + tasks.Count + " tasks started, max in flight = " + maxInFlight);
        Task<int[]> all = Task.WhenAll(tasks);
        int[] results = await all;
        int batchSum = 0;
        string shown = "";
        foreach (int r in results)
        {
            batchSum += r;
            shown += " " + r;
        }
        Console.WriteLine("batch: results =" + shown + ", sum = " + batchSum);
        Console.WriteLine("every task finished: " + all.IsCompleted + " " + tasks[3].Status);

        // The params form, and WhenAll over plain (non-generic) tasks.
        int[] pair = await Task.WhenAll(LoadAsync(1), LoadAsync(2));
        Console.WriteLine("pair: " + pair[0] + " " + pair[1] + " (length " + pair.Length + ")");
        List<Task> waits = new List<Task>();
        waits.Add(Task.Delay(10));
        waits.Add(Task.Delay(20));
        waits.Add(Task.CompletedTask);
        await Task.WhenAll(waits);
        Console.WriteLine("plain tasks done: " + waits[0].IsCompleted + " " + waits[1].IsCompleted);
    }
}
