// Tutorial section 9 (after): tasks are awaited or deliberately discarded when they cannot fail.
// expect: none
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task FailLaterAsync()
    {
        await Task.Delay(10);
        throw new InvalidOperationException("observed");
    }

    static async Task WorkAsync()
    {
        await Task.Delay(5);
        Console.WriteLine("work done");
    }

    static Task Start()
    {
        return WorkAsync();
    }

    static async Task Main()
    {
        Task failing = FailLaterAsync();
        _ = WorkAsync();
        await Start();
        try
        {
            await failing;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
    }
}
