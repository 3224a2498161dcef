// The deadlock hidden one level down: OuterAsync uses ConfigureAwait(false), but the method it
// awaits, InnerAsync, captures the context at its own await. Under a single-threaded
// SynchronizationContext, Main blocks on .Result and InnerAsync's continuation waits for the
// blocked main thread. ConfigureAwait(false) must be on every await below the blocking call;
// the report names the await that captures the context.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> InnerAsync()
    {
        await Task.Delay(10);
        return 42;
    }

    static async Task<int> OuterAsync()
    {
        int v = await InnerAsync().ConfigureAwait(false);
        return v + 1;
    }

    static void Main()
    {
        Console.WriteLine("blocking on OuterAsync");
        Console.WriteLine(OuterAsync().Result);
    }
}
