// A ConfigureAwait(false) continuation does not run inline on a thread that is inside a context
// of the program: .NET queues it to the pool instead (AwaitTaskContinuation's
// IsValidLocationForInlining), so it never sees that context as Current.
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class CountingContext : SynchronizationContext
{
    public int Posts;

    public override void Post(SendOrPostCallback d, object state)
    {
        Interlocked.Increment(ref Posts);
        ThreadPool.QueueUserWorkItem(_ =>
        {
            SetSynchronizationContext(this);
            try { d(state); } finally { SetSynchronizationContext(null); }
        });
    }
}

static class Program
{
    static async Task<int> Work(int n)
    {
        await Task.Delay(n * 5);
        return n;
    }

    static async Task<string> Run()
    {
        var a = await Work(1);
        // Work(2) starts inside the context: its own await posts back there, and it completes
        // inside a Post callback. This continuation captured nothing, so it goes to the pool.
        var b = await Work(2).ConfigureAwait(false);
        var inContext = SynchronizationContext.Current is CountingContext;
        var c = await Work(3);
        return new { a, b, c, inContext }.ToString();
    }

    static void Main()
    {
        var ctx = new CountingContext();
        SynchronizationContext.SetSynchronizationContext(ctx);
        Console.WriteLine(Run().GetAwaiter().GetResult());
        Console.WriteLine("posts " + ctx.Posts);
        SynchronizationContext.SetSynchronizationContext(null);
        Console.WriteLine(string.Join(",", Task.WhenAll(Enumerable.Range(1, 3).Select(Work)).Result));
    }
}
