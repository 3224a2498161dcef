// C# 12: IAsyncDisposable with DisposeAsync returning ValueTask, await using statements and await using declarations, await using without a variable, a type implementing both IDisposable and IAsyncDisposable, ConfigureAwait(false) on an IAsyncDisposable in await using
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

sealed class Connection : IAsyncDisposable
{
    private readonly string _name;
    private readonly List<string> _sent = new();
    public Connection(string name) { _name = name; Console.WriteLine($"open {name}"); }

    public async Task SendAsync(string message)
    {
        await Task.Delay(1);
        _sent.Add(message);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.Delay(1);
        Console.WriteLine($"close {_name} after {_sent.Count} messages");
    }
}

class LogFile : IDisposable, IAsyncDisposable
{
    public void Dispose() => Console.WriteLine("log disposed synchronously");

    public ValueTask DisposeAsync()
    {
        Console.WriteLine("log disposed asynchronously");
        return default;
    }
}

class Program
{
    static async Task BroadcastAsync(params string[] messages)
    {
        await using var conn = new Connection("broadcast");
        foreach (var m in messages) await conn.SendAsync(m);
    }

    static async Task Main()
    {
        await using (var conn = new Connection("primary"))
        {
            await conn.SendAsync("hello");
            await conn.SendAsync("world");
        }

        await BroadcastAsync("a", "b", "c");

        await using (new LogFile())
        {
            Console.WriteLine("writing log (await using)");
        }
        using (new LogFile())
        {
            Console.WriteLine("writing log (using)");
        }

        var pooled = new Connection("configured");
        await using (pooled.ConfigureAwait(false))
        {
            await pooled.SendAsync("x").ConfigureAwait(false);
        }
        Console.WriteLine("done");
    }
}
