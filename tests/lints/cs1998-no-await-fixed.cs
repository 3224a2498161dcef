// Checklist 2 / Pattern 1 (after): no async, a completed task.
// expect: none
using System;
using System.Threading.Tasks;

static class Program
{
    static Task<int> AnswerAsync()
    {
        return Task.FromResult(42);
    }

    static async Task Main()
    {
        Console.WriteLine(await AnswerAsync());
    }
}
