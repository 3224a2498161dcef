// `using` statements: a class implementing IDisposable is disposed when the statement ends, on
// every way out (the end, an exception, a return), resources in reverse order, across awaits in
// an async method; a null resource is not disposed; a CancellationTokenSource is disposable too,
// and a disposed one throws ObjectDisposedException (an InvalidOperationException) on Cancel().
using System;
using System.Threading;
using System.Threading.Tasks;

class Connection : IDisposable
{
    private static int open;
    private readonly string name;

    public Connection(string name)
    {
        this.name = name;
        open++;
        Console.WriteLine("  open " + name + " (" + open + " open)");
    }

    public async Task<int> QueryAsync(int x)
    {
        await Task.Delay(10);
        return x * 2;
    }

    public void Dispose()
    {
        open--;
        Console.WriteLine("  close " + name + " (" + open + " open)");
    }
}

static class Program
{
    static async Task<int> WorkAsync()
    {
        using (var a = new Connection("a"))
        using (var b = new Connection("b"))
        {
            int r = await a.QueryAsync(1) + await b.QueryAsync(2);
            Console.WriteLine("  result " + r);
        }
        try
        {
            using (var d = new Connection("d"))
            {
                await Task.Delay(10);
                throw new InvalidOperationException("boom");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("  caught " + e.Message);
        }
        using (var c = new Connection("c"))
        {
            return await c.QueryAsync(10);
        }
    }

    static async Task Main()
    {
        Console.WriteLine(await WorkAsync());
        Connection none = null;
        using (none)
        {
            Console.WriteLine("a null resource is not disposed");
        }
        using (var cts = new CancellationTokenSource())
        {
            cts.CancelAfter(1000);
            Console.WriteLine(cts.IsCancellationRequested);
        }
        var done = new CancellationTokenSource();
        done.Dispose();
        try
        {
            done.Cancel();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
