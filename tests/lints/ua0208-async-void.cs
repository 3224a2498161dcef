// Tutorial section 9: async void outside an event handler; its caller cannot await it or see its failure.
// expect: UA0208
using System;
using System.Threading.Tasks;

static class Program
{
    static int sent = 0;

    static async void SendAsync(string message)
    {
        await Task.Delay(10);
        sent++;
        Console.WriteLine("sent " + message);
    }

    static async Task Main()
    {
        SendAsync("hello");
        // Nothing to await: the caller can only guess how long to wait.
        await Task.Delay(100);
        Console.WriteLine("sent " + sent);
    }
}
