// expect: CS1986
// GetAwaiter() returns void: there is no awaiter to ask IsCompleted and GetResult.
using System;
using System.Threading.Tasks;

class Awaitable
{
    public void GetAwaiter() { }
}

class Program
{
    static async Task Main()
    {
        await new Awaitable();
        Console.WriteLine("done");
    }
}
