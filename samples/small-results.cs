// What a Task.Delay task and small ValueTask<int> results print: the delay's task has .NET's
// own type (Task+DelayPromise), and a ValueTask holding 0 to 3 prints its result (its inline
// word, 1 to 7, is not a null reference).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task Main()
    {
        Task delay = Task.Delay(1);
        Console.WriteLine(delay.ToString());
        await delay;
        Console.WriteLine(Task.Delay(0).ToString());
        var results = new List<ValueTask<int>>
        {
            new ValueTask<int>(0), new ValueTask<int>(1), new ValueTask<int>(3), new ValueTask<int>(4)
        };
        Console.WriteLine(string.Join(",", results));
        ValueTask<int>[] array = { new ValueTask<int>(2), new ValueTask<int>(-1) };
        Console.WriteLine(string.Join(",", array));
    }
}
