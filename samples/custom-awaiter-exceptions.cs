// A custom awaiter's GetResult gives the await its value or throws: the exception comes out
// of the await expression as thrown (no AggregateException), through try/catch/finally in the
// awaiting method and out of its task to the methods that await it, whether the await
// suspended first or not.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

class Outcome
{
    public static readonly List<Action> Pending = new List<Action>();
    private readonly int value;
    private readonly bool later;
    public Outcome(int value, bool later) { this.value = value; this.later = later; }
    public OutcomeAwaiter GetAwaiter() => new OutcomeAwaiter(value, later);
}

class OutcomeAwaiter : INotifyCompletion
{
    private readonly int value;
    private bool done;
    public OutcomeAwaiter(int value, bool later) { this.value = value; done = !later; }
    public bool IsCompleted => done;
    public void OnCompleted(Action continuation)
    {
        Outcome.Pending.Add(() => { done = true; continuation(); });
    }
    public int GetResult()
    {
        if (value < 0) throw new InvalidOperationException("negative outcome " + value);
        if (value == 0) throw new DivideByZeroException();
        return 100 / value;
    }
}

class Program
{
    static async Task<int> Checked(int value, bool later)
    {
        try
        {
            int r = await new Outcome(value, later);
            Console.WriteLine("  Checked(" + value + "): " + r);
            return r;
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("  Checked caught " + e.GetType().Name);
            return -1;
        }
        finally
        {
            Console.WriteLine("  Checked(" + value + ", later: " + later + ") finally");
        }
    }

    static async Task<int> Outer(int value, bool later)
    {
        int r = await Checked(value, later);
        Console.WriteLine("  Outer got " + r);
        return r * 2;
    }

    static void Drain()
    {
        while (Outcome.Pending.Count > 0)
        {
            Action next = Outcome.Pending[0];
            Outcome.Pending.RemoveAt(0);
            next();
        }
    }

    static async Task Run(int value, bool later)
    {
        Console.WriteLine("value " + value + ", later: " + later);
        Task<int> t = Outer(value, later);
        Drain();
        try
        {
            Console.WriteLine("result " + await t);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.GetType().Name + ": " + e.Message);
            Console.WriteLine("task status: " + t.Status);
        }
    }

    static async Task Main()
    {
        await Run(4, false);
        await Run(5, true);
        await Run(0, false);
        await Run(0, true);
        await Run(-3, false);
        await Run(-3, true);
    }
}
