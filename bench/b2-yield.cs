// B2 (../shared/brief/anchors.md): 1M calls that each suspend once through Task.Yield.
// Measures one suspension and resumption (and the caller's await of the pending task).
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> StepAsync(int i)
    {
        await Task.Yield();
        return i % 1000;
    }

    static async Task Main()
    {
        long sum = 0;
        for (int i = 0; i < 1000000; i++)
        {
            sum += await StepAsync(i);
        }
        Console.WriteLine("B2 sum = " + sum);
    }
}
