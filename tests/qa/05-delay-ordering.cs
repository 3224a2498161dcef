using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static List<string> log = new List<string>();

    static async Task Worker(string name, int first, int second)
    {
        await Task.Delay(first);
        Console.WriteLine(name + " step1");
        await Task.Delay(second);
        Console.WriteLine(name + " step2");
    }

    static async Task<int> Sleeper(int ms, int value)
    {
        await Task.Delay(ms);
        Console.WriteLine("sleeper " + value + " woke");
        return value;
    }

    static async Task Main()
    {
        // a: 50, 250 ; b: 100, 50 -> b step2 at 150 ; c: 200, 200 -> 400
        Task a = Worker("a", 50, 250);
        Task b = Worker("b", 100, 50);
        Task c = Worker("c", 200, 200);
        Console.WriteLine("started");
        await c;
        Console.WriteLine("c awaited");
        await a;
        await b;
        Console.WriteLine("all awaited");

        Task<int> s3 = Sleeper(300, 3);
        Task<int> s1 = Sleeper(100, 1);
        Task<int> s2 = Sleeper(200, 2);
        int total = await s3 + await s1 + await s2;
        Console.WriteLine("total " + total);

        await Task.Delay(0);
        Console.WriteLine("delay 0 done");
        Task zero = Task.Delay(0);
        Console.WriteLine("delay 0 completed immediately: " + zero.IsCompleted + " " + zero.Status);
        Task pend = Task.Delay(50);
        Console.WriteLine("delay 50 completed immediately: " + pend.IsCompleted);
        await pend;
        Console.WriteLine("delay 50 status " + pend.Status);
    }
}
