// SemaphoreSlim.Wait(int) and WaitAsync(int), WaitAsync(CancellationToken) and WaitAsync(int, token):
// immediate results, a timeout that passes, a release before the timeout, cancellation while
// waiting, an already canceled token, timeouts below -1.
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task Holder(SemaphoreSlim s, int ms, string name)
    {
        await s.WaitAsync();
        Console.WriteLine(name + " holds");
        await Task.Delay(ms);
        Console.WriteLine(name + " releases");
        s.Release();
    }

    static async Task ReleaseLater(SemaphoreSlim s, int ms)
    {
        await Task.Delay(ms);
        s.Release();
    }

    static async Task Main()
    {
        var s = new SemaphoreSlim(1);
        Console.WriteLine(s.Wait(0));
        Console.WriteLine(s.Wait(0));
        Console.WriteLine(s.CurrentCount);
        s.Release();
        Console.WriteLine(await s.WaitAsync(0));
        Console.WriteLine(await s.WaitAsync(0));
        Console.WriteLine(await s.WaitAsync(50));
        s.Release();

        // A timed wait that a release serves before the timeout.
        var holder = Holder(s, 50, "A");
        bool got = await s.WaitAsync(2000);
        Console.WriteLine("waited: " + got + ", count " + s.CurrentCount);
        await holder;
        s.Release();

        // A timed wait that times out while another holds the semaphore.
        holder = Holder(s, 150, "B");
        Console.WriteLine("timed out: " + !(await s.WaitAsync(30)));
        await holder;
        Console.WriteLine("count " + s.CurrentCount);

        // A blocking wait with a timeout, served by a release from the pool.
        Console.WriteLine(s.Wait(-1));
        var release = ReleaseLater(s, 50);
        Console.WriteLine("blocking wait: " + s.Wait(1000));
        await release;
        s.Release();

        // WaitAsync with a token: acquired, then canceled while waiting.
        var cts = new CancellationTokenSource();
        await s.WaitAsync(cts.Token);
        Console.WriteLine("acquired with token, count " + s.CurrentCount);
        var waiting = s.WaitAsync(cts.Token);
        Console.WriteLine(waiting.IsCompleted);
        cts.Cancel();
        try
        {
            await waiting;
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message + " " + waiting.Status);
        }
        Console.WriteLine("count " + s.CurrentCount);
        s.Release();
        Console.WriteLine("count " + s.CurrentCount);

        // A timed wait with a token, canceled before the timeout.
        var cts2 = new CancellationTokenSource();
        await s.WaitAsync();
        var timed = s.WaitAsync(5000, cts2.Token);
        cts2.CancelAfter(20);
        try
        {
            await timed;
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("timed wait: " + e.GetType().Name + " " + timed.IsCanceled);
        }
        s.Release();

        // A token already canceled: a canceled task even with a free count.
        try
        {
            await s.WaitAsync(cts.Token);
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine(e.GetType().Name + " " + s.CurrentCount);
        }

        // Timeouts below -1 are rejected.
        try
        {
            s.Wait(-2);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.ParamName);
        }
        try
        {
            await s.WaitAsync(-5);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.ParamName);
        }
        Console.WriteLine(await s.WaitAsync(-1, CancellationToken.None));

        // Blocking waits that time out, one behind a timed async waiter.
        var empty = new SemaphoreSlim(0);
        Console.WriteLine(empty.Wait(30));
        var pending = empty.WaitAsync(20);
        Console.WriteLine(empty.Wait(50));
        Console.WriteLine(await pending);
        empty.Release(2);
        Console.WriteLine(empty.CurrentCount + " " + empty.Wait(10) + " " + empty.Wait(10) + " " + empty.Wait(10));
    }
}
