using System;
using System.Threading.Tasks;

// Lambdas, anonymous methods and method groups given as named arguments, in or out of the
// parameters' order, next to defaulted parameters.
class Program
{
    static int Sq(int x) { return x * x; }

    static int Apply(int value, Func<int, int> f = null, int times = 1)
    {
        if (f == null) return value;
        for (int i = 0; i < times; i++) value = f(value);
        return value;
    }

    static async Task<string> Time(string label, Func<Task<string>> body)
    {
        var r = await body();
        return label + "=" + r;
    }

    static void Pair(Action first, Action second) { first(); second(); }

    static async Task Main()
    {
        Console.WriteLine(Apply(3));
        Console.WriteLine(Apply(3, x => x * 2));
        Console.WriteLine(Apply(3, times: 3, f: x => x + 10));
        Console.WriteLine(Apply(f: x => -x, value: 8));
        Console.WriteLine(Apply(f: Sq, value: 3));
        Console.WriteLine(Apply(times: 2, value: 3, f: Sq));
        Console.WriteLine(Apply(3, f: delegate (int x) { return x - 1; }));
        Pair(second: () => Console.WriteLine("second"), first: () => Console.WriteLine("first"));
        Console.WriteLine(await Time("t", body: async () => { await Task.Yield(); return "ok"; }));
        Console.WriteLine(await Time(body: () => Task.FromResult("fast"), label: "u"));
    }
}
