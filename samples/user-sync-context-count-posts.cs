using System;
using System.Threading;
using System.Threading.Tasks;

class CountingContext : SynchronizationContext
{
    public int Posts;
    public int Sends;

    public override void Post(SendOrPostCallback d, object state)
    {
        Interlocked.Increment(ref Posts);
        // Run the callback on the pool with this context installed there too.
        base.Post(s =>
        {
            SetSynchronizationContext(this);
            d(s);
        }, state);
    }

    public override void Send(SendOrPostCallback d, object state)
    {
        Sends++;
        d(state);
    }
}

class Program
{
    static async Task Work(int steps)
    {
        for (int i = 0; i < steps; i++)
        {
            await Task.Delay(1);
            Console.WriteLine($"step {i}: context is ours: {SynchronizationContext.Current is CountingContext}");
        }
    }

    static void Main()
    {
        var ctx = new CountingContext();
        SynchronizationContext.SetSynchronizationContext(ctx);
        Console.WriteLine($"current is ctx: {SynchronizationContext.Current == ctx}");
        Task t = Work(3);
        SynchronizationContext.SetSynchronizationContext(null);
        t.Wait();
        Console.WriteLine($"posts: {ctx.Posts}");
        ctx.Send(_ => Console.WriteLine("sent"), null);
        Console.WriteLine($"sends: {ctx.Sends}");
        Console.WriteLine($"base context captured? {new SynchronizationContext().GetType().Name}");
    }
}
