// Tutorial section 9 (cancellation, after): cancellation is let through; other failures are handled.
// expect: none
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

    // An earlier clause lets OperationCanceledException through.
    static async Task<int> LoadAsync(int id, CancellationToken token)
    {
        try
        {
            return await FetchAsync(id, token);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            Console.WriteLine("load failed: " + e.Message);
            return -1;
        }
    }

    // The catch rethrows.
    static async Task<int> LoggedAsync(int id, CancellationToken token)
    {
        try
        {
            return await FetchAsync(id, token);
        }
        catch (Exception e)
        {
            Console.WriteLine("logged: " + e.Message);
            throw;
        }
    }

    // A narrower catch, and a catch around work that takes no token.
    static async Task<int> ParseAsync(int id)
    {
        try
        {
            await Task.Delay(5);
            if (id < 0)
            {
                throw new ArgumentOutOfRangeException("id");
            }
            return id;
        }
        catch (Exception)
        {
            return 0;
        }
    }

    static async Task Main()
    {
        CancellationTokenSource source = new CancellationTokenSource();
        Console.WriteLine(await LoadAsync(1, source.Token));
        Console.WriteLine(await LoggedAsync(2, source.Token));
        Console.WriteLine(await ParseAsync(-1));
        source.CancelAfter(10);
        try
        {
            Console.WriteLine(await LoadAsync(3, source.Token));
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("canceled");
        }
        try
        {
            Console.WriteLine(await LoggedAsync(4, source.Token));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("canceled again");
        }
    }
}
