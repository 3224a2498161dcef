// Checklist 10 (after): the task is awaited.
// expect: none
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
        await WorkAsync();
    }
}
