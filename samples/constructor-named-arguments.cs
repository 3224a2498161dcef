// Named arguments to constructors: of a class (with optional parameters skipped), of a struct,
// of a derived class, in a `: base(...)` and a `: this(...)` initializer, written in another
// order than the parameters when the values have no effects, and in an object creation whose
// object is then awaited on.
using System;
using System.Threading.Tasks;

class RetryPolicy
{
    public int Attempts;
    public int DelayMs;
    public string Name;
    public RetryPolicy(int attempts, int delayMs = 10, string name = "default")
    {
        Attempts = attempts;
        DelayMs = delayMs;
        Name = name;
    }
    public override string ToString() { return Name + ": " + Attempts + " x " + DelayMs + " ms"; }
}

class Backoff : RetryPolicy
{
    public Backoff(int attempts, double factor = 2.0) : base(attempts, name: "backoff")
    {
        Factor = factor;
    }
    public double Factor;
}

struct Range
{
    public int From;
    public int To;
    public Range(int from, int to) { From = from; To = to; }
    public Range(int length) : this(to: length, from: 1) { }
}

class Program
{
    static async Task<int> RunAsync(RetryPolicy policy)
    {
        int tries = 0;
        for (int i = 0; i < policy.Attempts; i++)
        {
            await Task.Delay(1);
            tries++;
        }
        return tries;
    }

    static async Task Main()
    {
        var quick = new RetryPolicy(attempts: 2, name: "quick");
        var slow = new RetryPolicy(delayMs: 50, attempts: 1);
        var b = new Backoff(factor: 1.5, attempts: 3);
        var r = new Range(to: 9, from: 4);
        Console.WriteLine(quick);
        Console.WriteLine(slow);
        Console.WriteLine(b + " factor " + b.Factor);
        Console.WriteLine(r.From + ".." + r.To);
        var all = new Range(length: 5);
        Console.WriteLine(all.From + ".." + all.To);
        Console.WriteLine(await RunAsync(new RetryPolicy(attempts: 3)));
    }
}
