using System;
using System.Threading.Tasks;

// unawait segfaults (exit 139, no output at all) when a ValueTask<T> built from a value is converted to a string.
static class Program
{
    static async ValueTask<int> Pending() { await Task.Delay(10); return 4; }

    static async Task Main()
    {
        Console.WriteLine("before");
        ValueTask<int> v = new ValueTask<int>(7);
        Console.WriteLine(v);
        Console.WriteLine("v=" + v);
        Console.WriteLine($"[{v}]");
        Console.WriteLine(new ValueTask<string>("s").ToString());
        ValueTask<int> p = Pending();
        Console.WriteLine("[" + p.ToString() + "]");
        Console.WriteLine(await p);
        Console.WriteLine("after");
    }
}
