// With --unobserved error, the same program exits with 1 after the report.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task FailAsync(string message)
    {
        await Task.Delay(10);
        throw new InvalidOperationException(message);
    }

    static async Task Main()
    {
        _ = FailAsync("nobody looks at this one");
        Task seen = FailAsync("this one is observed");
        await Task.Delay(50);
        Console.WriteLine("observed: " + seen.Exception.InnerException.Message);
    }
}
