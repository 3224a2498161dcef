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

    static async Task<int> Boom(int ms, string msg)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException(msg);
    }

    static async Task Main()
    {
        int[] r = await Task.WhenAll(Value(100, 1), Value(50, 2), Value(150, 3));
        Console.WriteLine("params: " + string.Join(",", r) + " len " + r.Length);

        var list = new List<Task<int>>();
        for (int i = 0; i < 5; i++) list.Add(Value(10 * (5 - i), i * i));
        int[] r2 = await Task.WhenAll(list);
        Console.WriteLine("list: " + string.Join(",", r2));

        Task all = Task.WhenAll(Task.Delay(20), Task.Delay(10));
        await all;
        Console.WriteLine("untyped " + all.Status);

        int[] empty = await Task.WhenAll(new List<Task<int>>());
        Console.WriteLine("empty len " + empty.Length);
        Task emptyAll = Task.WhenAll(new Task[0]);
        Console.WriteLine("empty untyped completed " + emptyAll.IsCompleted + " " + emptyAll.Status);

        Task<int[]> failing = Task.WhenAll(Value(10, 1), Boom(100, "second"), Boom(50, "first"));
        try
        {
            await failing;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("await threw " + e.Message);
        }
        Console.WriteLine("status " + failing.Status + " count " + failing.Exception.InnerExceptions.Count);
        Console.WriteLine("inner0 " + failing.Exception.InnerExceptions[0].Message);
        Console.WriteLine("inner1 " + failing.Exception.InnerExceptions[1].Message);
        Console.WriteLine("InnerException " + failing.Exception.InnerException.Message);

        Task<int>[] arr = new Task<int>[] { Value(30, 7), Value(10, 8) };
        int[] r3 = await Task.WhenAll(arr);
        Console.WriteLine("array: " + r3[0] + " " + r3[1]);
        Console.WriteLine("same array? " + (r3 == r2));
    }
}
