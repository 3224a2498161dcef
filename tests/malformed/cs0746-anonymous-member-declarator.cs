// expect: CS0746
// A member of an anonymous type takes its name from a simple name or a member access; a call
// gives none, so it needs `Name = ...`.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> CountAsync()
    {
        await Task.Delay(1);
        return 3;
    }

    static async Task Main()
    {
        var report = new { Label = "items", await CountAsync() };
        Console.WriteLine(report);
    }
}
