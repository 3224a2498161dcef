// Async lambdas: each one is a state machine of its own, converted to Func<Task> or
// Func<Task<T>>; captured variables live in the display class the state machine's frame holds.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Retry(Func<Task<int>> attempt, int times)
    {
        for (int i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (InvalidOperationException e) when (i < times)
            {
                Console.WriteLine("attempt " + i + " failed: " + e.Message);
            }
        }
    }

    static async Task Time(string name, Func<Task> work)
    {
        Console.WriteLine(name + " starts");
        await work();
        Console.WriteLine(name + " ends");
    }

    static async Task Main()
    {
        int calls = 0;
        int result = await Retry(async () =>
        {
            calls++;
            await Task.Delay(5);
            if (calls < 3) throw new InvalidOperationException("not yet " + calls);
            return calls * 100;
        }, 5);
        Console.WriteLine("result " + result + " after " + calls + " calls");

        var log = new List<string>();
        await Time("job", async () =>
        {
            log.Add("one");
            await Task.Yield();
            log.Add("two");
        });
        Console.WriteLine(string.Join(",", log));

        Func<int, Task<int>> doubleLater = async n =>
        {
            await Task.Delay(1);
            return n * 2;
        };
        var tasks = new List<Task<int>>();
        for (int i = 1; i <= 3; i++) tasks.Add(doubleLater(i));
        int[] all = await Task.WhenAll(tasks);
        Console.WriteLine(string.Join(" ", all));

        Func<Task<string>> immediate = () => Task.FromResult("no async, no await");
        Console.WriteLine(await immediate());
    }
}
