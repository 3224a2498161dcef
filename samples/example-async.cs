// The tutorial's ExampleAsync: a local (x) lives across an await, then x * 2 flows out through the Task<int>.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<int> ExampleAsync()
    {
        int x = 5;
        await Task.Delay(100);
        return x * 2;
    }

    // Same shape with a parameter and two locals: one written before the await, one after it.
    static async Task<int> ScaleAsync(int factor)
    {
        int before = factor + 1;
        await Task.Delay(10);
        int after = before * factor;
        return after;
    }

    static async Task Main()
    {
        Task<int> t = ExampleAsync();
        Console.WriteLine("started; completed = " + t.IsCompleted);
        Console.WriteLine("status while suspended: " + t.Status);
        var result = await t;
        Console.WriteLine("result = " + result);
        Console.WriteLine("completed = " + t.IsCompleted + ", status = " + t.Status);
        Console.WriteLine("awaiting again gives the same value: " + await t);
        Console.WriteLine("and so does .Result: " + t.Result);
        Console.WriteLine("ScaleAsync(3) = " + await ScaleAsync(3));
    }
}
