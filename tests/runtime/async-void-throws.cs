// An exception escaping an async void method has no task to go to: it ends the process, as in
// .NET (after the await, on the pool thread that resumed the method).
using System;
using System.Threading.Tasks;

static class Program
{
    static async void FireAndCrash()
    {
        await Task.Delay(10);
        throw new InvalidOperationException("async void failed");
    }

    static async Task Main()
    {
        FireAndCrash();
        Console.WriteLine("Main goes on");
        await Task.Delay(100);
        Console.WriteLine("never printed");
    }
}
