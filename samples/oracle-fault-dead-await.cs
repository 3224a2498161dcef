// An await in code that a constant condition makes dead never runs, and the rest of the method runs
// as usual. For `true ? 2 : await P(10)` mcs emits invalid code (Mono throws InvalidProgramException
// when the method is first called); for `await F() && false` mcs itself crashes ("Await yields with
// non-empty stack"), so that form is not in this sample (samples/ORACLE-EXCEPTIONS.md).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> P(int v)
    {
        Console.WriteLine("  P runs");
        await Task.Yield();
        return v;
    }

    static async Task<int> Pick()
    {
        int a = true ? 2 : await P(10);
        int b = false ? await P(20) : 3;
        return a * 10 + b;
    }

    static async Task Main()
    {
        Console.WriteLine("start");
        Console.WriteLine("Pick: " + await Pick());
        Console.WriteLine("end");
    }
}
