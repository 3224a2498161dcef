// Tutorial Trap E: an await inside a loop suspends once per iteration.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task ProcessAsync(string item)
    {
        await Task.Delay(5);
        Console.WriteLine("processed " + item);
    }

    // Before: one suspension, one box of ProcessAsync and one timer per item, one at a time.
    static async Task EachAsync(List<string> items)
    {
        foreach (string item in items)
        {
            await ProcessAsync(item);
        }
    }

    // After: every item started, one suspension.
    static async Task AllAsync(List<string> items)
    {
        List<Task> running = new List<Task>();
        foreach (string item in items)
        {
            running.Add(ProcessAsync(item));
        }
        await Task.WhenAll(running);
    }

    static async Task Main()
    {
        List<string> items = new List<string> { "a", "b", "c" };
        await EachAsync(items);
        await AllAsync(items);
    }
}
