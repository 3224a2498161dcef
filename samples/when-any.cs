// Task.WhenAny: the first task to finish wins; a timeout pattern with TimeoutException; a faulted winner does not throw.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Work(int ms, int value)
    {
        await Task.Delay(ms);
        return value;
    }

    static async Task<int> FailAfter(int ms)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException("failed after " + ms + " ms");
    }

    static async Task Main()
    {
        Task<int> fast = Work(10, 1);
        Task<int> slow = Work(300, 2);
        Task<int> winner = await Task.WhenAny(fast, slow);
        Console.WriteLine("fast won: " + (winner == fast) + ", slow won: " + (winner == slow));
        Console.WriteLine("winner's value: " + await winner + ", slow finished yet: " + slow.IsCompleted);

        // Timeout pattern: race the work against a delay.
        Task<int> work = Work(250, 3);
        Task timeout = Task.Delay(20);
        Task first = await Task.WhenAny(work, timeout);
        try
        {
            if (first != work)
            {
                throw new TimeoutException();
            }
            Console.WriteLine("not reached");
        }
        catch (TimeoutException e)
        {
            Console.WriteLine("timed out: " + e.Message);
        }

        // WhenAny over a List<Task<int>>; the winner faulted, but WhenAny itself completes normally.
        List<Task<int>> racers = new List<Task<int>>();
        racers.Add(Work(200, 4));
        racers.Add(FailAfter(10));
        Task<Task<int>> race = Task.WhenAny(racers);
        var done = await race;
        Console.WriteLine("race status: " + race.Status + ", winner faulted: " + done.IsFaulted);
        Console.WriteLine("winner is racer 1: " + (done == racers[1]));
        try
        {
            await done;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("awaiting the winner: " + e.Message);
        }

        // Let the losers finish so nothing is left running.
        Console.WriteLine("losers: " + await slow + " " + await work + " " + await racers[0]);
    }
}
