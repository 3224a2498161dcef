// expect: CS0117
// The awaiter has no GetResult (Roslyn: CS0117 'Pending' does not contain a definition for 'GetResult'; mcs says CS4011).
using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

class Pending : INotifyCompletion
{
    public bool IsCompleted => false;
    public void OnCompleted(Action continuation) { continuation(); }
}

class Awaitable
{
    public Pending GetAwaiter() => new Pending();
}

class Program
{
    static async Task Main()
    {
        await new Awaitable();
        Console.WriteLine("done");
    }
}
