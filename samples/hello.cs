// Demonstrates the smallest async program: an async Main that awaits a short delay, then prints a greeting.
using System;
using System.Threading.Tasks;

class Program
{
    static async Task Main()
    {
        await Task.Delay(10);
        Console.WriteLine("Hello from async Main!");
    }
}
