using System;
using System.Threading.Tasks;

static class Program
{
    static async Task Note(string s) { await Task.Delay(1); Console.WriteLine("note " + s); }
    static async Task<int> Step() { await Task.Yield(); return 1; }

    static async Task Main()
    {
        int j = 0;
        // C# allows an await expression as a for-initializer and as a for-iterator statement expression.
        for (await Note("init"); j < 3; await Note("iter"))
        {
            Console.WriteLine("j=" + j);
            j += await Step();
        }
        Console.WriteLine("done");
    }
}
