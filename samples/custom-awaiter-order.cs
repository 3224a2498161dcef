// The awaiter contract, logged: every member C# calls on an awaitable and its awaiter prints
// its name, so the order (GetAwaiter, IsCompleted, then UnsafeOnCompleted/OnCompleted when not
// complete, GetResult after the resumption or at once) is compared with the oracle's.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

static class Log
{
    public static void Say(string s) { Console.WriteLine("  " + s); }
}

// A class awaiter that is not complete at first: OnCompleted stores the continuation and
// Main runs it later (a Task.Yield()-like awaiter driven by hand).
class Deferred
{
    public static readonly List<Action> Queue = new List<Action>();
    private readonly string name;
    public Deferred(string name) { this.name = name; }
    public DeferredAwaiter GetAwaiter()
    {
        Log.Say(name + ".GetAwaiter()");
        return new DeferredAwaiter(name);
    }
}

class DeferredAwaiter : INotifyCompletion
{
    private readonly string name;
    private bool done;
    public DeferredAwaiter(string name) { this.name = name; }
    public bool IsCompleted
    {
        get { Log.Say(name + ".IsCompleted -> " + done); return done; }
    }
    public void OnCompleted(Action continuation)
    {
        Log.Say(name + ".OnCompleted(continuation)");
        Deferred.Queue.Add(() =>
        {
            done = true;
            continuation();
        });
    }
    public int GetResult()
    {
        Log.Say(name + ".GetResult()");
        return name.Length;
    }
}

// A struct awaiter implementing ICriticalNotifyCompletion: the builder calls
// UnsafeOnCompleted, never OnCompleted; this one runs the continuation inside the call.
struct Inline
{
    public InlineAwaiter GetAwaiter()
    {
        Log.Say("Inline.GetAwaiter()");
        return new InlineAwaiter();
    }
}

struct InlineAwaiter : ICriticalNotifyCompletion
{
    public bool IsCompleted
    {
        get { Log.Say("Inline.IsCompleted -> False"); return false; }
    }
    public void OnCompleted(Action continuation)
    {
        Log.Say("Inline.OnCompleted(continuation)");
        continuation();
    }
    public void UnsafeOnCompleted(Action continuation)
    {
        Log.Say("Inline.UnsafeOnCompleted(continuation): runs it now");
        continuation();
        Log.Say("Inline.UnsafeOnCompleted returns");
    }
    public void GetResult() { Log.Say("Inline.GetResult()"); }
}

// An awaiter already complete: no suspension, GetResult at once.
class Ready : INotifyCompletion
{
    public bool IsCompleted
    {
        get { Log.Say("Ready.IsCompleted -> True"); return true; }
    }
    public void OnCompleted(Action continuation) { Log.Say("Ready.OnCompleted (never called)"); }
    public string GetResult() { Log.Say("Ready.GetResult()"); return "ready"; }
}

// GetAwaiter as an extension method of a library type.
static class Extensions
{
    public static Ready GetAwaiter(this TimeSpan t)
    {
        Log.Say("TimeSpan.GetAwaiter() (extension)");
        return new Ready();
    }
}

class Program
{
    static async Task<int> Steps()
    {
        Log.Say("Steps starts");
        string r = await TimeSpan.FromSeconds(1);
        Log.Say("after the ready await: " + r);
        int a = await new Deferred("first");
        Log.Say("after the first deferred await: " + a);
        await new Inline();
        Log.Say("after the inline await");
        int b = await new Deferred("second");
        b += await new Deferred("third!");
        Log.Say("after the sum: " + b);
        return a + b;
    }

    static async Task Main()
    {
        Console.WriteLine("Main calls Steps");
        Task<int> steps = Steps();
        Console.WriteLine("Steps returned; completed: " + steps.IsCompleted);
        int round = 0;
        while (Deferred.Queue.Count > 0)
        {
            Action next = Deferred.Queue[0];
            Deferred.Queue.RemoveAt(0);
            round++;
            Console.WriteLine("Main runs continuation " + round);
            next();
        }
        Console.WriteLine("result: " + await steps);
    }
}
