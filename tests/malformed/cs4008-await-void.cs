// expect: CS4008
// Log returns void, and void cannot be awaited. (mcs reports CS4001 (Cannot await `void' expression) instead of CS4008.)
using System;
using System.Threading.Tasks;


static class Program
{
    static void Log(string message)
    {
        Console.WriteLine(message);
    }

    static async Task Main()
    {
        await Log("hello");
    }
}
