// expect: CS8410, CS8418, CS0535
// `await using` of an object with no DisposeAsync, of an IDisposable one (C# suggests `using`), and a class naming IAsyncDisposable without DisposeAsync.
using System;
using System.Threading.Tasks;

class Plain { }

class Sync : IDisposable
{
    public void Dispose() { }
}

class Broken : IAsyncDisposable { }

static class Program
{
    static async Task Main()
    {
        await using (var p = new Plain())
        {
            Console.WriteLine(p);
        }
        await using var s = new Sync();
        await Task.Yield();
    }
}
