// Left-to-right evaluation with awaits inside expressions: F(a, await b, await c), operators, arrays, interpolation.
using System;
using System.Threading.Tasks;

static class Program
{
    static int Trace(string label, int value)
    {
        Console.WriteLine("  eval " + label);
        return value;
    }

    static async Task<int> TraceAsync(string label, int value, int ms)
    {
        Console.WriteLine("  start " + label);
        await Task.Delay(ms);
        Console.WriteLine("  end " + label);
        return value;
    }

    static int F(int a, int b, int c)
    {
        Console.WriteLine("  F(" + a + ", " + b + ", " + c + ")");
        return a + b + c;
    }

    static async Task Main()
    {
        Console.WriteLine("call with awaited arguments:");
        int r = F(Trace("a", 1), await TraceAsync("b", 2, 10), await TraceAsync("c", 3, 10));
        Console.WriteLine("r = " + r);

        Console.WriteLine("binary operators:");
        int s = Trace("x", 10) - await TraceAsync("y", 3, 10) * Trace("z", 2);
        Console.WriteLine("s = " + s);

        Console.WriteLine("a task started before an earlier await resumes:");
        Task<int> early = TraceAsync("early", 5, 100);
        int t = F(await TraceAsync("late", 1, 300), Trace("after late", 2), await early);
        Console.WriteLine("t = " + t);

        Console.WriteLine("array elements:");
        int[] arr = new[] { Trace("e0", 0), await TraceAsync("e1", 1, 10), Trace("e2", 2) };
        Console.WriteLine("arr = " + arr[0] + " " + arr[1] + " " + arr[2]);

        Console.WriteLine("element assignment (index before value):");
        arr[Trace("index", 1)] = await TraceAsync("value", 7, 10);
        Console.WriteLine("arr = " + arr[0] + " " + arr[1] + " " + arr[2]);

        Console.WriteLine("interpolation:");
        string text = $"[{Trace("i0", 0)}|{await TraceAsync("i1", 1, 10)}|{Trace("i2", 2)}]";
        Console.WriteLine(text);

        Console.WriteLine("concatenation:");
        Console.WriteLine("<" + Trace("k0", 0) + (await TraceAsync("k1", 1, 10) + Trace("k2", 2)) + ">");
    }
}
