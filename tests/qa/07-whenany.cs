using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Value(int ms, int v)
    {
        await Task.Delay(ms);
        return v;
    }

    static async Task<int> Boom(int ms)
    {
        await Task.Delay(ms);
        throw new TimeoutException("boom after " + ms);
    }

    static async Task Main()
    {
        Task<int> a = Value(200, 1);
        Task<int> b = Value(50, 2);
        Task<int> c = Value(120, 3);
        Task<int> winner = await Task.WhenAny(a, b, c);
        Console.WriteLine("winner " + winner.Result + " is b " + (winner == b));
        Console.WriteLine("a done? " + a.IsCompleted);

        Task<Task<int>> any = Task.WhenAny(new List<Task<int>> { Value(100, 10), Value(30, 20) });
        Task<int> w2 = await any;
        Console.WriteLine("list winner " + await w2);

        Task<int> bad = Boom(20);
        Task<int> good = Value(150, 5);
        Task<int> first = await Task.WhenAny(bad, good);
        Console.WriteLine("first is bad " + (first == bad) + " faulted " + first.IsFaulted);
        try
        {
            int x = await first;
            Console.WriteLine("no " + x);
        }
        catch (TimeoutException e)
        {
            Console.WriteLine("caught " + e.Message);
        }

        Task delay = Task.Delay(300);
        Task work = Task.Delay(80);
        Task done = await Task.WhenAny(delay, work);
        Console.WriteLine(done == work ? "work first" : "timeout first");

        Task<int> already = Task.FromResult(99);
        Task<int> w3 = await Task.WhenAny(Value(100, 1), already);
        Console.WriteLine("completed wins " + w3.Result);
        await c;
        await a;
        Console.WriteLine("end");
    }
}
