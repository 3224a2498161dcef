// &&, || and ?: with awaits in their operands: the right side (and its await) runs only when needed.
using System;
using System.Threading.Tasks;

static class Program
{
    static async Task<bool> Check(string name, bool result)
    {
        Console.WriteLine("  check " + name);
        await Task.Delay(5);
        return result;
    }

    static async Task<int> Value(string name, int v)
    {
        Console.WriteLine("  value " + name);
        await Task.Yield();
        return v;
    }

    static async Task Main()
    {
        Console.WriteLine("a && b:");
        if (await Check("a", false) && await Check("b", true))
        {
            Console.WriteLine("not printed");
        }
        else
        {
            Console.WriteLine("false, b skipped");
        }

        Console.WriteLine("c || d:");
        if (await Check("c", true) || await Check("d", true))
        {
            Console.WriteLine("true, d skipped");
        }

        Console.WriteLine("e && f:");
        bool both = await Check("e", true) && await Check("f", false);
        Console.WriteLine("both = " + both);

        Console.WriteLine("g || h:");
        bool either = await Check("g", false) || await Check("h", true);
        Console.WriteLine("either = " + either);

        Console.WriteLine("conditional:");
        int v = await Check("cond", true) ? await Value("yes", 1) : await Value("no", 2);
        int w = await Check("cond2", false) ? await Value("yes2", 1) : await Value("no2", 2);
        Console.WriteLine("v = " + v + ", w = " + w);

        Console.WriteLine("mixed:");
        bool flag = true;
        string msg = flag ? "synchronous branch" : "not " + await Value("never", 0);
        Console.WriteLine(msg);
        bool combined = (await Check("p", false) || await Check("q", true)) && !await Check("r", false);
        Console.WriteLine("combined = " + combined);
        int picked = (await Check("s", true) && await Check("t", true)) ? 10 : 20;
        Console.WriteLine("picked = " + picked);
    }
}
