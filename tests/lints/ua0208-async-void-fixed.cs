// Tutorial section 9 (after): an async Task method, awaited; its failures reach the caller.
// expect: none
using System;
using System.Threading.Tasks;

static class Program
{
    static int sent = 0;

    static async Task SendAsync(string message)
    {
        await Task.Delay(10);
        sent++;
        Console.WriteLine("sent " + message);
    }

    static async Task Main()
    {
        await SendAsync("hello");
        Console.WriteLine("sent " + sent);
    }
}
