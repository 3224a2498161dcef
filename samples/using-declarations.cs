// C# 8 `using` declarations: `using var x = e;` disposes `x` at the end of the enclosing block,
// after everything that follows it there (awaits included), in reverse order of declaration.
// mcs predates C# 8: the expected output is written by hand from C#'s rules (it is what the
// same program with `using` statements around the rest of each block prints).
using System;
using System.Threading.Tasks;

class Lease : IDisposable
{
    private readonly string name;
    public Lease(string name) { this.name = name; Console.WriteLine("take " + name); }
    public void Dispose() { Console.WriteLine("give back " + name); }
}

static class Program
{
    static async Task<string> RunAsync(bool fail)
    {
        using var first = new Lease("first");
        await Task.Delay(10);
        using var second = new Lease("second");
        if (fail) throw new InvalidOperationException("failed with both taken");
        await Task.Delay(10);
        Console.WriteLine("work done");
        return "ok";
    }

    static async Task Main()
    {
        Console.WriteLine(await RunAsync(false));
        try
        {
            await RunAsync(true);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        {
            using var inner = new Lease("inner");
            Console.WriteLine("in the block");
        }
        Console.WriteLine("after the block");
    }
}
