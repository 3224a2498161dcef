using System;
using System.Threading.Tasks;

// A lambda cast to its delegate type (how C# 7 code types one in `?:` or `var`), and lambdas
// whose body only throws, passed where an overload is chosen.
class Program
{
    static int Sq(int x) { return x * x; }
    int k = 3;
    int AddK(int x) { return x + k; }

    static async Task<int> Retry(Func<Task<int>> op, int n)
    {
        for (int i = 1; ; i++)
        {
            try { return await op(); }
            catch (InvalidOperationException e) when (i < n) { Console.WriteLine("retry " + i + " " + e.Message); }
        }
    }

    static int Call(Func<int> f)
    {
        try { return f(); }
        catch (Exception e) { Console.WriteLine("Call caught " + e.Message); return -1; }
    }

    static void Over(Action a) { Console.WriteLine("Action"); }
    static void Over(Func<int> f) { Console.WriteLine("Func<int>"); }

    static async Task Main()
    {
        bool b = true;
        Func<int, int> choose = b ? (Func<int, int>)(x => x + 1) : x => x - 1;
        Console.WriteLine(choose(10));
        var h = (Func<int, int>)(x => x * 2);
        Console.WriteLine(h(4));
        var s = (Func<int, int>)Sq;
        Console.WriteLine(s(5));
        var a = (Func<int, int>)new Program().AddK;
        Console.WriteLine(a(5));
        var d = (Func<int, int>)delegate (int x) { return -x; };
        Console.WriteLine(d(5));
        object o = (Action)(() => Console.WriteLine("boxed action"));
        ((Action)o)();
        var t = (Func<Task<int>>)(async () => { await Task.Yield(); return 7; });
        Console.WriteLine(await t());

        try { await Retry(async () => { await Task.Delay(1); throw new InvalidOperationException("always"); }, 3); }
        catch (InvalidOperationException e) { Console.WriteLine("final " + e.Message); }
        Console.WriteLine(Call(() => { throw new Exception("block"); }));
        Console.WriteLine(Call(() => throw new Exception("expr")));
        Over(() => { throw new Exception(); });
        try { await Task.Run(() => { throw new ArgumentException("run"); }); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }
    }
}
