using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static int attempts = 0;

    static async Task<string> Flaky(int id, CancellationToken ct)
    {
        attempts++;
        int mine = attempts;
        await Task.Delay(mine * 30, ct);
        if (mine < 3) throw new TimeoutException("attempt " + mine + " failed");
        return "payload-" + id + "-" + mine;
    }

    static async Task<string> WithTimeout(Task<string> work, int ms)
    {
        Task delay = Task.Delay(ms);
        Task done = await Task.WhenAny(work, delay);
        if (done == delay) throw new TimeoutException("timed out after " + ms);
        return await work;
    }

    static async Task Main()
    {
        string r = await RetryLoop(7, 5);
        Console.WriteLine("result " + r + " after " + attempts + " attempts");
        try
        {
            var cts = new CancellationTokenSource();
            string s = await WithTimeout(Flaky(8, cts.Token), 50);
            Console.WriteLine("unexpected " + s);
        }
        catch (TimeoutException e)
        {
            Console.WriteLine("timeout: " + e.Message);
        }
        Console.WriteLine(await WithTimeout(Task.FromResult("instant"), 50));
        var cts2 = new CancellationTokenSource(); 
        cts2.CancelAfter(40);
        Task<string> canceled = Flaky(9, cts2.Token);
        try { await canceled; }
        catch (TaskCanceledException e) { Console.WriteLine("canceled: " + e.Message + " " + canceled.Status); }
    }

    static async Task<string> RetryLoop(int id, int maxAttempts)
    {
        var errors = new List<string>();
        for (int attempt = 1; attempt <= maxAttempts; attempt++)
        {
            try
            {
                string v = await Flaky(id, CancellationToken.None);
                Console.WriteLine("errors so far: " + string.Join("; ", errors));
                return v;
            }
            catch (TimeoutException e)
            {
                errors.Add(e.Message);
                await Task.Delay(5);
            }
        }
        throw new InvalidOperationException("gave up");
    }
}
