using System;
using System.Threading.Tasks;

// A lambda or anonymous method as an operand of a delegate's `+` or `-` takes the other
// operand's delegate type (C#'s `D operator +(D, D)`).
class Program
{
    static async Task Main()
    {
        Action first = () => Console.WriteLine("first");
        Action chain = first + (() => Console.WriteLine("second"));
        chain();
        chain = (() => Console.WriteLine("zeroth")) + chain;
        chain();
        chain = chain + delegate { Console.WriteLine("anonymous"); };
        Console.WriteLine(chain.GetInvocationList().Length);
        Func<int, int> f = x => x + 1;
        Func<int, int> g = f + (x => x * 10);
        Console.WriteLine(g(4));
        g = g - (x => x * 10);
        Console.WriteLine(g.GetInvocationList().Length);
        Func<Task> work = async () => { Console.WriteLine("async one"); await Task.Yield(); };
        work = work + (async () => { await Task.Delay(1); Console.WriteLine("async two"); });
        await work();
        Console.WriteLine("done");
    }
}
