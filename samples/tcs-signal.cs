// TaskCompletionSource<T> as a one-shot signal: a timer-driven method sets it, every awaiter resumes inline in SetResult.
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static TaskCompletionSource<string> ready = new TaskCompletionSource<string>();

    static async Task ProducerAsync()
    {
        Console.WriteLine("producer: loading");
        await Task.Delay(100);
        Console.WriteLine("producer: setting the result");
        ready.SetResult("config v2");
        Console.WriteLine("producer: SetResult returned");
    }

    static async Task<int> ConsumerAsync(string name)
    {
        Console.WriteLine(name + ": waiting");
        string value = await ready.Task;
        Console.WriteLine(name + ": got " + value);
        return value.Length;
    }

    // A timer-driven countdown that completes its source from the last tick.
    static async Task TickAsync(TaskCompletionSource<int> done, int ticks)
    {
        for (int i = 1; i <= ticks; i++)
        {
            await Task.Delay(60);
            Console.WriteLine("tick " + i);
        }
        done.SetResult(ticks * 10);
    }

    static async Task Main()
    {
        Task<int> first = ConsumerAsync("first");
        Task<int> second = ConsumerAsync("second");
        Console.WriteLine("before: " + ready.Task.Status + ", completed=" + ready.Task.IsCompleted);
        Task producer = ProducerAsync();
        int[] lengths = await Task.WhenAll(first, second);
        Console.WriteLine("main: both consumers done, lengths " + lengths[0] + " and " + lengths[1]);
        await producer;
        Console.WriteLine("after: " + ready.Task.Status);

        // Awaiting a completed source's task does not suspend.
        string again = await ready.Task;
        Console.WriteLine("awaited again: " + again);

        TaskCompletionSource<int> done = new TaskCompletionSource<int>();
        Task ticking = TickAsync(done, 3);
        int total = await done.Task;
        Console.WriteLine("countdown finished: " + total);
        await ticking;

        // Task<bool> and a source of a reference type completed with null.
        TaskCompletionSource<bool> flag = new TaskCompletionSource<bool>();
        flag.SetResult(true);
        Console.WriteLine("flag: " + await flag.Task);
        TaskCompletionSource<string> empty = new TaskCompletionSource<string>();
        empty.SetResult(null);
        string nothing = await empty.Task;
        Console.WriteLine("null result: " + (nothing == null));
    }
}
