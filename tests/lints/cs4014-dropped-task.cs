// Checklist 10: a call whose task is dropped in an async method (C#'s own warning, with the tutorial's note).
// expect: CS4014
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task WorkAsync()
    {
        await Task.Delay(5);
        Console.WriteLine("work done");
    }

    static async Task Main()
    {
        WorkAsync();
        await Task.Delay(50);
    }
}
