// C# 12: a custom SynchronizationContext (a single-threaded message loop over BlockingCollection), Post and Send overrides, SetSynchronizationContext, awaits resuming on the captured context's thread, ConfigureAwait(false) leaving the context, ContinueWith on TaskScheduler.Default, a method group converted to Func<Task>
// mcs: compiles and runs
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

sealed class SingleThreadContext : SynchronizationContext
{
    private readonly BlockingCollection<KeyValuePair<SendOrPostCallback, object>> _queue =
        new BlockingCollection<KeyValuePair<SendOrPostCallback, object>>();
    private int _posts;

    public int Posts => _posts;

    public override void Post(SendOrPostCallback d, object state)
    {
        Interlocked.Increment(ref _posts);
        _queue.Add(new KeyValuePair<SendOrPostCallback, object>(d, state));
    }

    public override void Send(SendOrPostCallback d, object state) => throw new NotSupportedException("Send is not supported");

    public void RunOnCurrentThread(Func<Task> entry)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            Task task = entry();
            task.ContinueWith(_ => _queue.CompleteAdding(), TaskScheduler.Default);
            foreach (var item in _queue.GetConsumingEnumerable())
                item.Key(item.Value);
            task.GetAwaiter().GetResult();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}

class Program
{
    static int _loopThread;

    static async Task WorkAsync()
    {
        Console.WriteLine($"start on the loop thread: {Thread.CurrentThread.ManagedThreadId == _loopThread}");
        await Task.Delay(5);
        Console.WriteLine($"after await, back on the loop thread: {Thread.CurrentThread.ManagedThreadId == _loopThread}");
        await Task.Delay(5).ConfigureAwait(false);
        Console.WriteLine($"after ConfigureAwait(false), no context: {SynchronizationContext.Current == null}");
    }

    static void Main()
    {
        var context = new SingleThreadContext();
        _loopThread = Thread.CurrentThread.ManagedThreadId;
        context.RunOnCurrentThread(WorkAsync);
        Console.WriteLine($"posted: {context.Posts > 0}, context restored: {SynchronizationContext.Current == null}");
    }
}
