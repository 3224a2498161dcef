// Work left pending when Main returns: a call nobody awaits, waiting down a chain of awaits
// for a TaskCompletionSource nothing completes, and a fire-and-forget polling loop. .NET ends
// the process anyway; `unawait run --async-stacks` prints who awaits whom at that moment.
using System;
using System.Threading.Tasks;

static class Program
{
    static TaskCompletionSource<int> never = new TaskCompletionSource<int>();

    static async Task<int> InnerAsync()
    {
        return await never.Task;
    }

    static async Task<int> OuterAsync()
    {
        return await InnerAsync() + 1;
    }

    static async Task PollAsync()
    {
        while (true)
            await Task.Delay(1000);
    }

    static async Task Main()
    {
        Task<int> forgotten = OuterAsync();
        _ = PollAsync();
        await Task.Delay(10);
        Console.WriteLine("Main returns with work still pending: " + forgotten.Status);
    }
}
