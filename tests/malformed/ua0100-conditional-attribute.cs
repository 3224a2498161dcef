// expect: UA0100
// `[Conditional]` removes the calls of a method when its symbol is not defined: unawait would run them, so it draws one UA0100 instead.
using System;
using System.Diagnostics;
using System.Threading.Tasks;

static class Program
{
    [Conditional("VERBOSE_LOGGING")]
    static void Trace(string message)
    {
        Console.WriteLine("trace: " + message);
    }

    static async Task Main()
    {
        Trace("starting");
        await Task.Delay(1);
        Console.WriteLine("done");
    }
}
