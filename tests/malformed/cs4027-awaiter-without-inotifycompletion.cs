// expect: CS4027
// The awaiter has IsCompleted, OnCompleted and GetResult but does not implement INotifyCompletion.
using System;
using System.Threading.Tasks;

class Plain
{
    public bool IsCompleted => true;
    public void OnCompleted(Action continuation) { continuation(); }
    public int GetResult() => 1;
}

class Awaitable
{
    public Plain GetAwaiter() => new Plain();
}

class Program
{
    static async Task Main()
    {
        int x = await new Awaitable();
        Console.WriteLine(x);
    }
}
