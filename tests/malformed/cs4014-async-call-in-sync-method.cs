// expect: CS4014
// A method that is not async drops the task of an async method of the program: C# warns too (its rule looks at the callee); the program runs.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task LogAsync(string message)
    {
        await Task.Delay(1);
        Console.WriteLine("log: " + message);
    }

    static void Start()
    {
        LogAsync("started");
    }

    static async Task Main()
    {
        Start();
        await Task.Delay(50);
        Console.WriteLine("done");
    }
}
