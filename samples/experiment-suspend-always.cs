// Trap A: an async method that suspends on every call allocates its box on every call under
// .NET's model (unawait's pool reuses a few for calls awaited directly).
// counts dotnet: state machine boxes=101; suspensions=200
// counts unawait: state machine boxes=3; suspensions=200
using System;
using System.Threading.Tasks;

static class Program
{
    static int written;

    static async Task SaveAsync(int record)
    {
        await Task.Yield();
        written += record;
    }

    static async Task Main()
    {
        for (int i = 0; i < 100; i++)
            await SaveAsync(i);
        Console.WriteLine(written);
    }
}
