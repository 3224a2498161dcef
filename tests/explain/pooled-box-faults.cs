// The box of a call awaited directly goes back to its method's pool once the caller has read
// the result, and the next call that suspends takes it instead of allocating: a loop of such
// calls needs at most two boxes. Only a call that succeeds gives its box back; a faulted (or
// canceled) task keeps its box, so a retry loop whose attempts fail allocates a box for each
// attempt. explain says so for FailAsync and FlakyAsync, which can throw, and promises the two
// boxes only for PingAsync, which cannot (the predictions test counts the boxes).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> FailAsync(int attempt)
    {
        await Task.Delay(1);
        throw new InvalidOperationException("attempt " + attempt);
    }

    static async Task<int> FlakyAsync(int attempt)
    {
        await Task.Delay(1);
        if (attempt < 3)
        {
            throw new TimeoutException("attempt " + attempt + " timed out");
        }
        return attempt;
    }

    static async Task<int> PingAsync(int n)
    {
        await Task.Delay(1);
        return n;
    }

    static async Task Main()
    {
        int failures = 0;
        for (int i = 0; i < 10; i++)
        {
            try
            {
                await FailAsync(i);
            }
            catch (InvalidOperationException)
            {
                failures++;
            }
        }
        Console.WriteLine("failures: " + failures);
        int attempt = 0;
        while (true)
        {
            try
            {
                Console.WriteLine("succeeded at attempt " + await FlakyAsync(attempt));
                break;
            }
            catch (TimeoutException e)
            {
                Console.WriteLine(e.Message);
                attempt++;
            }
        }
        int sum = 0;
        for (int i = 0; i < 10; i++)
        {
            sum += await PingAsync(i);
        }
        Console.WriteLine("pings: " + sum);
    }
}
