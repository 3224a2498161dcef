using System;
using System.Threading.Tasks;

static class Program
{
    static async Task ViaDelay(string s, int ms) { await Task.Delay(ms); Console.WriteLine(s); }
    static async Task ViaYield(string s) { await Task.Yield(); Console.WriteLine(s); }
    static async Task Sync(string s) { Console.WriteLine(s); await Task.CompletedTask; }

    static async Task Main()
    {
        Task a = ViaDelay("delay 60", 60);
        Task c = Sync("sync (prints during the call)");
        Task b = ViaYield("yield");
        await Task.WhenAll(a, b, c);
        Task d = ViaDelay("delay 0 runs synchronously", 0);
        Console.WriteLine("after delay-0 call, completed: " + d.IsCompleted);
        await d;
        Task e = ViaDelay("second 120", 120);
        Task f = ViaDelay("first 60", 60);
        await e;
        Console.WriteLine("end, f completed: " + f.IsCompleted);
    }
}
