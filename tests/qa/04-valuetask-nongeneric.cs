using System;
using System.Threading.Tasks;

// Non-generic ValueTask: mcs cannot compile it; expected output hand-checked against .NET semantics.
static class Program
{
    static int counter = 0;

    static async ValueTask Bump(int by)
    {
        counter += by;
    }

    static async ValueTask BumpLater(int by)
    {
        await Task.Delay(5);
        counter += by;
        Console.WriteLine("bumped later by " + by);
    }

    static async ValueTask Fail(string why)
    {
        await Task.Yield();
        throw new NotSupportedException(why);
    }

    static ValueTask Plain()
    {
        counter *= 10;
        return new ValueTask(Task.CompletedTask);
    }

    static async Task Main()
    {
        ValueTask v = Bump(2);
        Console.WriteLine("sync completed: " + v.IsCompleted + " counter " + counter);
        await v;
        ValueTask w = BumpLater(3);
        Console.WriteLine("async completed: " + w.IsCompleted + " counter " + counter);
        await w;
        Console.WriteLine("counter " + counter);
        await Plain();
        Console.WriteLine("counter " + counter);
        Task t = BumpLater(1).AsTask();
        await t;
        Console.WriteLine("task status " + t.Status);
        try
        {
            await Fail("nope");
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        Task ft = Fail("later").AsTask();
        try { await ft; } catch (Exception e) { Console.WriteLine("caught2 " + e.Message); }
        Console.WriteLine(ft.Status + " " + ft.Exception.InnerException.Message);
        await BumpLater(100).ConfigureAwait(false);
        Console.WriteLine("final " + counter);
    }
}
