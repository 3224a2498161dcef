using System;
using System.Threading.Tasks;

static class Program
{
    static int calls = 0;
    static async ValueTask<int> Sync(int x) { calls++; return x + 1; }
    static async ValueTask<int> Async(int x) { calls++; await Task.Delay(1); return x * 2; }
    static ValueTask<int> Direct(int x) { return new ValueTask<int>(x - 1); }
    static ValueTask<string> FromTask(int x) { return new ValueTask<string>(Str(x)); }
    static async Task<string> Str(int x) { await Task.Yield(); return "s" + x; }
    static async ValueTask<int> Throws(int x) { await Task.Yield(); throw new InvalidOperationException("vt " + x); }

    static async Task Main()
    {
        ValueTask<int> a = Sync(1);
        Console.WriteLine("a completed " + a.IsCompleted + " result " + a.Result);
        ValueTask<int> b = Async(5);
        Console.WriteLine("b completed " + b.IsCompleted);
        Console.WriteLine("b = " + await b);
        Console.WriteLine(await Direct(10));
        var d = Direct(3);
        Console.WriteLine(d.IsCompleted + " " + d.Result);
        Console.WriteLine(await FromTask(7));
        Task<int> t = Async(21).AsTask();
        Console.WriteLine("task " + await t + " " + t.Status);
        Console.WriteLine(await Async(4).ConfigureAwait(false));
        try
        {
            await Throws(9);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        Task<int> ft = Throws(2).AsTask();
        try { await ft; } catch (InvalidOperationException e) { Console.WriteLine("IOE: " + e.Message); }
        Console.WriteLine(ft.IsFaulted + " " + ft.Exception.InnerException.Message);
        int sum = 0;
        for (int i = 0; i < 10; i++) sum += await Sync(i) + await Async(i);
        Console.WriteLine("sum " + sum + " calls " + calls);
    }
}
