using System;
using System.Threading.Tasks;

class Logger
{
    public void Log(string msg, string level = "INFO", bool stamp = false)
    {
        Console.WriteLine("normal form: " + level + ": " + msg + (stamp ? " (stamped)" : ""));
    }

    // Calls the method above: its normal form beats this one's expanded form.
    public void Log(params string[] parts)
    {
        Log(string.Join(" ", parts), "MULTI");
    }
}

class Program
{
    static string Pick(int a, params int[] rest) { return "params, " + rest.Length + " more"; }
    static string Pick(int a, int b = 0) { return "optional b=" + b; }

    static string Join(params object[] xs) { return "objects " + xs.Length; }
    static string Join(string a, params string[] xs) { return "strings " + (xs.Length + 1); }

    static async Task<string> Later(string s, int times = 1)
    {
        await Task.Yield();
        return "later " + s + " x" + times;
    }

    static async Task<string> Later(params string[] all)
    {
        await Task.Yield();
        return "later params " + all.Length;
    }

    static async Task Main()
    {
        var log = new Logger();
        log.Log("started");
        log.Log("careful", "WARN");
        log.Log("a", "b", "c");
        log.Log(new[] { "x", "y" });
        Console.WriteLine(Pick(1));
        Console.WriteLine(Pick(1, 2));
        Console.WriteLine(Pick(1, 2, 3));
        Console.WriteLine(Join("a"));
        Console.WriteLine(Join("a", "b"));
        Console.WriteLine(Join(1, "b"));
        Console.WriteLine(await Later("one"));
        Console.WriteLine(await Later("one", "two"));
    }
}
