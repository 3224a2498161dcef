using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// `ConfigureAwait(false)` on the source configures the loop's own awaits (MoveNextAsync and
// DisposeAsync), not the iterator's. Under a SynchronizationContext, the plain loop resumes
// through it after each element that was not ready; the configured one does not.
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

class Program
{
    static async IAsyncEnumerable<int> Slow(int n)
    {
        for (int i = 0; i < n; i++)
        {
            await Task.Delay(5).ConfigureAwait(false);
            yield return i;
        }
    }

    static async Task<int> Plain()
    {
        int sum = 0;
        await foreach (var x in Slow(3))
            sum += x;
        return sum;
    }

    static async Task<int> Configured()
    {
        int sum = 0;
        await foreach (var x in Slow(3).ConfigureAwait(false))
            sum += x;
        return sum;
    }

    static async Task<int> Computed(bool flag)
    {
        int c = 0;
        await foreach (var x in Slow(2).ConfigureAwait(flag))
            c += x + 1;
        return c;
    }

    static void Main()
    {
        var context = new CountingContext();
        SynchronizationContext.SetSynchronizationContext(context);
        int a = Plain().GetAwaiter().GetResult();
        Console.WriteLine($"plain: sum {a}, posts {context.Posts}");
        context.Posts = 0;
        int b = Configured().GetAwaiter().GetResult();
        Console.WriteLine($"configured: sum {b}, posts {context.Posts}");
        context.Posts = 0;
        int c = Computed(false).GetAwaiter().GetResult();
        Console.WriteLine($"a computed flag: {c}, posts {context.Posts}");
        SynchronizationContext.SetSynchronizationContext(null);
    }
}
