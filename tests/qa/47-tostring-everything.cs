using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> Work() { await Task.Yield(); return 1; }

    static async Task Main()
    {
        int[] ia = new int[2];
        string[] sa = new string[1];
        List<int> li = new List<int>();
        List<string> ls = new List<string>();
        Console.WriteLine(ia);
        Console.WriteLine(ia.ToString());
        Console.WriteLine("arr: " + sa);
        Console.WriteLine(li);
        Console.WriteLine("list: " + ls.ToString());
        Task<int> t = Work();
        Console.WriteLine(t);
        await t;
        Task plain = Task.Delay(1);
        Console.WriteLine("task: " + plain);
        Console.WriteLine(Task.CompletedTask.ToString());
        var cts = new CancellationTokenSource();
        Console.WriteLine(cts);
        Console.WriteLine(cts.Token);
        Console.WriteLine("status " + t.Status.ToString());
        Console.WriteLine(TaskStatus.Faulted);
        Console.WriteLine(true.ToString() + false);
        Console.WriteLine(12.ToString() + (-5L).ToString() + 0.5.ToString());
        Console.WriteLine("x".ToString());
        Console.WriteLine(new List<double>().Count.ToString());
        Console.WriteLine(ia.Length.ToString() + li.Count);
        AggregateException ae = null;
        try { Task.WhenAll(Fail()).Wait(); } catch (AggregateException e) { ae = e; }
        Console.WriteLine(ae.InnerExceptions.Count);
        Console.WriteLine(new List<Task<int>>());
        Console.WriteLine(new Task<int>[0]);
        Console.WriteLine(new long[0]);
        Console.WriteLine(new double[0]);
        Console.WriteLine(new bool[0]);
    }

    static async Task Fail() { await Task.Yield(); throw new Exception("x"); }
}
