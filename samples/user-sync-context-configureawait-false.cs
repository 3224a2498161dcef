using System;
using System.Threading;
using System.Threading.Tasks;

// Counts posts; runs each callback on the pool with the context installed there.
class CountingContext : SynchronizationContext
{
    public int Posts;

    public override void Post(SendOrPostCallback d, object state)
    {
        Interlocked.Increment(ref Posts);
        base.Post(s =>
        {
            SetSynchronizationContext(this);
            d(s);
        }, state);
    }
}

class Program
{
    static CountingContext ctx = new CountingContext();

    static string Where() => SynchronizationContext.Current == ctx ? "in the context" : "outside it";

    static async Task Captures()
    {
        await Task.Delay(1);
        Console.WriteLine($"captured: resumed {Where()}, posts {ctx.Posts}");
    }

    static async Task DoesNotCapture()
    {
        await Task.Delay(1).ConfigureAwait(false);
        Console.WriteLine($"ConfigureAwait(false): resumed {Where()}, posts {ctx.Posts}");
        // Nothing to capture any more: this one resumes outside it too, without a post.
        await Task.Delay(1);
        Console.WriteLine($"next await: resumed {Where()}, posts {ctx.Posts}");
    }

    static async Task CompletedInContext(TaskCompletionSource<int> tcs)
    {
        int v = await tcs.Task;
        Console.WriteLine($"completed on the context's own thread: got {v} {Where()}, posts {ctx.Posts}");
    }

    static void Main()
    {
        SynchronizationContext.SetSynchronizationContext(ctx);
        Captures().Wait();
        DoesNotCapture().Wait();
        // Completing the task where the captured context is current runs the continuation
        // inline, without a post.
        var tcs = new TaskCompletionSource<int>();
        Task t = CompletedInContext(tcs);
        tcs.SetResult(7);
        t.Wait();
        Console.WriteLine($"posts: {ctx.Posts}");
    }
}
