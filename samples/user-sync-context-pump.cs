using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// A single-threaded context: Post queues the callback; the thread that runs Pump runs them.
class PumpContext : SynchronizationContext
{
    class Item
    {
        public SendOrPostCallback Callback;
        public object State;
    }

    readonly Queue<Item> queue = new Queue<Item>();
    readonly AutoResetEvent ready = new AutoResetEvent(false);
    bool done;
    public int Posted;

    public override void Post(SendOrPostCallback d, object state)
    {
        lock (queue)
        {
            Posted++;
            queue.Enqueue(new Item { Callback = d, State = state });
        }
        ready.Set();
    }

    public void Complete()
    {
        lock (queue) done = true;
        ready.Set();
    }

    public void Pump()
    {
        while (true)
        {
            Item item = null;
            lock (queue)
            {
                if (queue.Count > 0) item = queue.Dequeue();
                else if (done) return;
            }
            if (item != null) item.Callback(item.State);
            else ready.WaitOne();
        }
    }
}

class Program
{
    static int mainThread;

    static async Task<int> Sum(int n)
    {
        int total = 0;
        for (int i = 1; i <= n; i++)
        {
            await Task.Delay(1);
            total += i;
            Console.WriteLine($"after await {i}: on the pump thread: {Thread.CurrentThread.ManagedThreadId == mainThread}");
        }
        await Task.Yield();
        Console.WriteLine($"after Yield: on the pump thread: {Thread.CurrentThread.ManagedThreadId == mainThread}");
        return total;
    }

    static async Task<int> RunThenComplete(PumpContext ctx)
    {
        try
        {
            return await Sum(3);
        }
        finally
        {
            ctx.Complete();
        }
    }

    static void Main()
    {
        mainThread = Thread.CurrentThread.ManagedThreadId;
        var ctx = new PumpContext();
        SynchronizationContext.SetSynchronizationContext(ctx);
        Task<int> t = RunThenComplete(ctx);
        ctx.Pump();
        Console.WriteLine($"sum: {t.Result}");
        Console.WriteLine($"posted: {ctx.Posted}");
    }
}
