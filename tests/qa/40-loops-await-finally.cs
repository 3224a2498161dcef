using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static int n = 0;
    static async Task<bool> More() { await Task.Yield(); n++; return n <= 5; }
    static async Task Note(string s) { await Task.Delay(1); Console.WriteLine("  note " + s); }

    static async Task<int> LoopWithFinally()
    {
        int total = 0;
        for (int i = 0; i < 6; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 4) break;
                await Task.Yield();
                total += i;
            }
            finally
            {
                await Note("finally i=" + i);
            }
        }
        return total;
    }

    static async Task<string> ReturnFromTry()
    {
        try
        {
            await Task.Yield();
            return "from try";
        }
        finally
        {
            await Note("finally after return");
        }
    }

    static async Task Main()
    {
        while (await More()) Console.WriteLine("while n=" + n);
        Console.WriteLine("loop total " + await LoopWithFinally());
        Console.WriteLine(await ReturnFromTry());
        int j = 0;
        await Note("init");
        for (; j < await Count(); j += await Step())
        {
            Console.WriteLine("for j=" + j);
        }
        foreach (int v in await Items())
        {
            if (v == 2) continue;
            Console.WriteLine("item " + v);
        }
        int outer = 0;
        while (true)
        {
            outer++;
            try
            {
                try
                {
                    if (outer == 3) throw new Exception("stop");
                    await Task.Yield();
                }
                finally
                {
                    Console.WriteLine("inner finally " + outer);
                }
            }
            catch (Exception e)
            {
                await Note("caught " + e.Message);
                break;
            }
        }
        Console.WriteLine("done " + outer);
    }

    static async Task<int> Count() { await Task.Yield(); return 3; }
    static async Task<int> Step() { await Task.Yield(); return 1; }
    static async Task<List<int>> Items() { await Task.Yield(); return new List<int> { 1, 2, 3 }; }
}
