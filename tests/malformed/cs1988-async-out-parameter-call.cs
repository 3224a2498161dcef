// expect: CS1988
// An async method with an out parameter (CS1988); its call `F(out v)` still assigns `v`, so reading `v` after it draws no follow-on CS0165 (Roslyn and mcs report CS1988 alone).
using System;
using System.Threading.Tasks;

class Program
{
    static async Task F(out int x)
    {
        await Task.Yield();
        x = 1;
    }

    static async Task Main()
    {
        int v;
        await F(out v);
        Console.WriteLine(v);
    }
}
