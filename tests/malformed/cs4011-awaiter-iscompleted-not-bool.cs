// expect: CS4011
// The awaiter's IsCompleted is an int, not a bool: the awaiter pattern needs `bool IsCompleted { get; }`.
using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

class Counter : INotifyCompletion
{
    public int IsCompleted => 1;
    public void OnCompleted(Action continuation) { continuation(); }
    public int GetResult() => 1;
}

class Awaitable
{
    public Counter GetAwaiter() => new Counter();
}

class Program
{
    static async Task Main()
    {
        int x = await new Awaitable();
        Console.WriteLine(x);
    }
}
