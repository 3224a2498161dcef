// Checklist 2 / Pattern 1: an async method without await (C#'s own warning, with the tutorial's note).
// expect: CS1998
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> AnswerAsync()
    {
        return 42;
    }

    static async Task Main()
    {
        Console.WriteLine(await AnswerAsync());
    }
}
