// A struct awaiter is a value: the awaiting method keeps a copy across the suspension and
// OnCompleted runs on another copy, so what OnCompleted changes in it is not what GetResult sees;
// IsCompleted and GetResult run on the kept one.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

struct Counting
{
    public CountingAwaiter GetAwaiter() => new CountingAwaiter();
}

struct CountingAwaiter : INotifyCompletion
{
    public static readonly List<Action> Pending = new List<Action>();
    private int calls;
    public bool IsCompleted
    {
        get { calls++; Console.WriteLine("IsCompleted: calls = " + calls); return false; }
    }
    public void OnCompleted(Action k)
    {
        calls += 10;
        Console.WriteLine("OnCompleted: calls = " + calls);
        Pending.Add(k);
    }
    public int GetResult()
    {
        calls += 100;
        Console.WriteLine("GetResult: calls = " + calls);
        return calls;
    }
}

class Program
{
    static async Task<int> Twice()
    {
        int first = await new Counting();
        int second = await new Counting();
        return first + second;
    }

    static void Main()
    {
        Task<int> t = Twice();
        while (CountingAwaiter.Pending.Count > 0)
        {
            Action k = CountingAwaiter.Pending[0];
            CountingAwaiter.Pending.RemoveAt(0);
            k();
        }
        Console.WriteLine("sum: " + t.Result);
    }
}
