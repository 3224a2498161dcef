// Timers with the same deadline fire in the order they were created.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static List<string> log = new List<string>();

    static async Task Wake(string name)
    {
        await Task.Delay(100);
        log.Add(name);
    }

    static async Task Main()
    {
        Task a = Wake("a");
        Task b = Wake("b");
        Task c = Wake("c");
        await Task.WhenAll(c, b, a);
        Console.WriteLine(string.Join(", ", log));
    }
}
