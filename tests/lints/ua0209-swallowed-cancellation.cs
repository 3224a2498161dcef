// Tutorial section 9 (cancellation): `catch (Exception)` around cancelable work swallows OperationCanceledException.
// expect: UA0209
// expect: UA0209
using System;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> FetchAsync(int id, CancellationToken token)
    {
        await Task.Delay(50, token);
        return id * 10;
    }

    static async Task<int> LoadAsync(int id, CancellationToken token)
    {
        try
        {
            return await FetchAsync(id, token);
        }
        catch (Exception e)
        {
            Console.WriteLine("load failed: " + e.Message);
            return -1;
        }
    }

    static async Task StepsAsync(CancellationToken token)
    {
        for (int i = 0; i < 3; i++)
        {
            try
            {
                await Task.Delay(10);
                token.ThrowIfCancellationRequested();
                Console.WriteLine("step " + i);
            }
            catch
            {
                Console.WriteLine("step " + i + " failed");
            }
        }
    }

    static async Task Main()
    {
        CancellationTokenSource source = new CancellationTokenSource();
        source.CancelAfter(20);
        int r = await LoadAsync(1, source.Token);
        Console.WriteLine("result " + r + ", canceled: " + source.IsCancellationRequested);
        await StepsAsync(source.Token);
    }
}
