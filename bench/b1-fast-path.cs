// B1 (../shared/brief/anchors.md): 10M calls of an async method whose await completes
// synchronously, summed. Measures the synchronous path: no suspension, no scheduling.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> ValueAsync(int i)
    {
        await Task.CompletedTask;
        return i % 1000;
    }

    static async Task Main()
    {
        long sum = 0;
        for (int i = 0; i < 10000000; i++)
        {
            sum += await ValueAsync(i);
        }
        Console.WriteLine("B1 sum = " + sum);
    }
}
