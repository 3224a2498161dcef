using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

static class Program
{
    static string NullStr() { return null; }
    static Task NullTask() { return null; }
    static Task<int> NullTaskInt() { return null; }

    static async Task Try(string name, int which)
    {
        try
        {
            if (which == 0) Console.WriteLine(NullStr().Length);
            if (which == 1) Console.WriteLine(NullStr().ToUpper());
            if (which == 2) { List<int> l = null; foreach (int x in l) Console.WriteLine(x); }
            if (which == 3) await NullTask();
            if (which == 4) Console.WriteLine(await NullTaskInt());
            if (which == 5) { List<Task<int>> ts = null; await Task.WhenAll(ts); }
            if (which == 6) { CancellationTokenSource c = null; c.Cancel(); }
            if (which == 7) { int[] a = null; a[0] = 1; }
            if (which == 8) { List<string> l = null; Console.WriteLine(l.Count); }
            if (which == 9) { string s = string.Join(",", (List<int>)null); Console.WriteLine(s); }
            if (which == 10) { Task t = NullTask(); t.Wait(); }
            if (which == 11) { Console.WriteLine(NullTaskInt().Result); }
            if (which == 12) { string s = NullStr(); Console.WriteLine(s.ToString()); }
            if (which == 13) { Exception e = null; throw e; }
            if (which == 14) { string s = string.Join(null, new List<int> { 1, 2 }); Console.WriteLine(s); }
            Console.WriteLine(name + ": no exception");
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine(name + ": NRE " + e.Message);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(name + ": ANE " + e.Message);
        }
    }

    static async Task Main()
    {
        string[] names = { "length", "toupper", "foreach", "await task", "await task<int>", "whenall null", "cts", "array", "list count", "join null", "wait", "result", "tostring", "throw null", "join null sep" };
        for (int i = 0; i < names.Length; i++) await Try(names[i], i);
    }
}
