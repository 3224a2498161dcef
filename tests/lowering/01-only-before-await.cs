// rule: a value used only before the first await is not hoisted; an await whose result is unused keeps nothing
// method: OnlyBefore.Run
// expect: hoisted = {}
// expect: not hoisted = {a, <await Fetch(a)>}
// expect: slots = 0
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task
// expect: live at state 0 = {}
// why: a is read only by the print and by Fetch's argument, both evaluated before the await;
//      nothing after the await reads it. The int that await Fetch(a) produces is discarded
//      (GetResult runs, its value is dropped), so it needs neither a slot nor a temporary.
using System;
using System.Threading.Tasks;

static class OnlyBefore
{
    static int Compute() { Console.WriteLine("compute"); return 6 * 7; }

    static async Task<int> Fetch(int v)
    {
        await Task.Yield();
        Console.WriteLine("fetch " + v);
        return v + 1;
    }

    static async Task Run()
    {
        int a = Compute();
        Console.WriteLine("a = " + a);
        await Fetch(a);
        Console.WriteLine("after the await");
    }

    static async Task Main()
    {
        await Run();
        Console.WriteLine("done");
    }
}
