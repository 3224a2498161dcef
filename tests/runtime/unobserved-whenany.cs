using System;
using System.Threading.Tasks;

// WhenAny observes none of its inputs, and reading .Exception before a task faults observes
// nothing: all three faults are reported at exit, and --unobserved error exits 1 although
// Main returns 5.
static class Program
{
    static async Task<int> FailAsync(string m, int ms)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException(m);
    }

    static async Task<int> Main()
    {
        Task<int> first = await Task.WhenAny(FailAsync("any-fast", 2), FailAsync("any-slow", 10));
        Console.WriteLine("first faulted " + first.IsFaulted);
        Task<int> early = FailAsync("read too early", 20);
        Console.WriteLine("exception while pending: " + (early.Exception == null));
        await Task.Delay(50);
        Console.WriteLine("status " + early.Status);
        return 5;
    }
}
