using System;
using System.Threading.Tasks;

// Trap D: layering Task.Run over an async method, and Task.Factory.StartNew's trap.
// `await Task.Run(async () => await WorkAsync())` waits for the work, as `await WorkAsync()`
// does, with a pool work item and a task more; Task.Run unwraps the task the lambda returns.
// `Task.Factory.StartNew(async () => ...)` does not: its task is a Task<Task<int>> that
// completes when the lambda returns its task, at the lambda's first await. Awaiting it once
// gives the inner task, not the work's completion; `.Unwrap()` or a second await waits for it.
class Program
{
    static int step;

    static async Task<int> WorkAsync(string who)
    {
        Console.WriteLine(who + ": work starts");
        await Task.Delay(30);
        step++;
        Console.WriteLine(who + ": work ends");
        return 42;
    }

    static async Task Main()
    {
        int direct = await WorkAsync("direct");
        Console.WriteLine("direct result " + direct + ", steps " + step);

        int layered = await Task.Run(async () => await WorkAsync("Task.Run"));
        Console.WriteLine("Task.Run result " + layered + ", steps " + step);

        Task<Task<int>> outer = Task.Factory.StartNew(async () => await WorkAsync("StartNew"));
        Task<int> inner = await outer;
        Console.WriteLine("awaited once: inner completed " + inner.IsCompleted + ", steps " + step);
        Console.WriteLine("awaited twice: " + await inner + ", steps " + step);

        Task<int> unwrapped = Task.Factory.StartNew(async () => await WorkAsync("Unwrap")).Unwrap();
        Console.WriteLine("unwrapped: " + await unwrapped + ", steps " + step);

        int both = await await Task.Factory.StartNew(() => WorkAsync("await await"));
        Console.WriteLine("await await: " + both + ", steps " + step);

        // Without a result: Task<Task>.
        Task<Task> plain = Task.Factory.StartNew(async () =>
        {
            await Task.Delay(30);
            Console.WriteLine("plain: body ends");
        });
        await plain;
        Console.WriteLine("plain awaited once");
        await plain.Unwrap();
        Console.WriteLine("plain unwrapped");

        // A fault inside the async lambda: the outer task succeeds, the inner one faults.
        Task<Task<int>> failing = Task.Factory.StartNew(async () =>
        {
            await Task.Delay(10);
            throw new InvalidOperationException("inner failure");
#pragma warning disable CS0162
            return 0;
#pragma warning restore CS0162
        });
        Task<int> failed = await failing;
        Console.WriteLine("outer: " + failing.Status);
        try
        {
            await failing.Unwrap();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("unwrapped: " + e.Message + ", inner " + failed.Status);
        }

        // A faulted outer task: the unwrapped task faults with its exception.
        Task<Task<int>> broken = Task.Factory.StartNew<Task<int>>(() => throw new FormatException("outer failure"));
        try
        {
            await broken.Unwrap();
        }
        catch (FormatException e)
        {
            Console.WriteLine("outer fault: " + e.Message);
        }
    }
}
