// The classic deadlock of a UI app: Main blocks on .Result under a single-threaded
// SynchronizationContext while the awaited method needs that context to resume.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<string> GetDataAsync()
    {
        await Task.Delay(100);
        return "data";
    }

    static void Main()
    {
        Console.WriteLine("asking");
        string s = GetDataAsync().Result;
        Console.WriteLine("got " + s);
    }
}
