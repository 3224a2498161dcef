// Non-generic ValueTask: async ValueTask methods that finish synchronously or suspend, exceptions, AsTask, ConfigureAwait.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static List<string> log = new List<string>();
    static bool flushed = false;

    // Completes synchronously when there is nothing to do.
    static async ValueTask FlushAsync()
    {
        if (flushed)
        {
            return;
        }
        await Task.Delay(100);
        flushed = true;
        log.Add("flushed");
    }

    static async ValueTask WriteAsync(string line)
    {
        log.Add(line);
        await Task.Yield();
        log.Add("wrote " + line.ToUpper());
    }

    static async ValueTask FailAsync(string why)
    {
        await Task.Delay(100);
        throw new NotSupportedException(why);
    }

    static async Task Main()
    {
        ValueTask first = FlushAsync();
        Console.WriteLine("first flush completed synchronously: " + first.IsCompleted);
        await first;
        ValueTask second = FlushAsync();
        Console.WriteLine("second flush completed synchronously: " + second.IsCompleted);
        await second;

        await WriteAsync("alpha");
        await WriteAsync("beta").ConfigureAwait(false);

        Task asTask = WriteAsync("gamma").AsTask();
        await Task.WhenAll(asTask, FlushAsync().AsTask());
        Console.WriteLine("AsTask status: " + asTask.Status);

        ValueTask failing = FailAsync("no disk");
        Console.WriteLine("failing completed at the call: " + failing.IsCompleted);
        try
        {
            await failing;
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }

        foreach (string entry in log)
        {
            Console.WriteLine("log: " + entry);
        }
        Console.WriteLine(log.Count + " entries");
    }
}
