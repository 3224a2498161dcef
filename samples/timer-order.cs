// Timers fire in deadline order whatever order they were started in. (Equal deadlines race in
// .NET, where timers fire on several pool threads; unawait fires them in creation order, which a
// test in crates/cli/tests/run.rs pins.)
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static List<string> log = new List<string>();

    static async Task Wake(string name, int ms)
    {
        await Task.Delay(ms);
        log.Add(name);
    }

    static async Task Main()
    {
        List<Task> tasks = new List<Task>();
        tasks.Add(Wake("slow (300 ms)", 300));
        tasks.Add(Wake("fast (100 ms)", 100));
        tasks.Add(Wake("middle (200 ms)", 200));
        await Task.WhenAll(tasks);
        Console.WriteLine(string.Join(", ", log));

        // A delay started later but ending sooner still wins.
        log = new List<string>();
        Task first = Wake("started first, 250 ms", 250);
        await Task.Delay(50);
        Task second = Wake("started 50 ms later, 100 ms", 100);
        await Task.WhenAll(first, second);
        Console.WriteLine(string.Join(", ", log));
    }
}
