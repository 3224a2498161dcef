// An exception nobody catches: it travels up the chain of awaits and ends the process with exit
// code 134, printing the exception and the async call chain (each awaiting method, at its await).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> ParseAsync(string text)
    {
        await Task.Delay(10);
        if (text.Length == 0)
        {
            throw new InvalidOperationException("empty input");
        }
        return text.Length;
    }

    static async Task<int> LoadAsync(string text)
    {
        int n = await ParseAsync(text);
        return n * 2;
    }

    static async Task Main()
    {
        Console.WriteLine("first: " + await LoadAsync("abc"));
        Console.WriteLine("second: " + await LoadAsync(""));
        Console.WriteLine("never printed");
    }
}
