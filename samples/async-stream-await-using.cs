using System;
using System.Threading;
using System.Threading.Tasks;

class Res : IAsyncDisposable
{
    private readonly string name;
    public Res(string name) { this.name = name; Console.WriteLine($"open {name}"); }
    public async ValueTask DisposeAsync()
    {
        Console.WriteLine($"disposing {name}");
        await Task.Delay(10);
        Console.WriteLine($"disposed {name}");
    }
}

class Program
{
    static async Task Use()
    {
        await using var b = new Res("b");
        await using var c = new Res("c");
        Console.WriteLine("using b and c");
    }

    static async Task Main()
    {
        await using (var a = new Res("a"))
        {
            Console.WriteLine("using a");
        }
        await Use();
        try
        {
            await using (var d = new Res("d"))
            {
                throw new InvalidOperationException("boom");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"caught {e.Message}");
        }
        Res n = null;
        await using (n) { Console.WriteLine("null resource"); }
        // A library IAsyncDisposable: the registration is gone once the block is left.
        var cts = new CancellationTokenSource();
        await using (cts.Token.Register(() => Console.WriteLine("callback ran")))
        {
            Console.WriteLine("registered");
        }
        cts.Cancel();
        Console.WriteLine("canceled after the registration was disposed");
    }
}
