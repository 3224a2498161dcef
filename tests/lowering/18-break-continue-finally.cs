// rule: break and continue leaving a try whose finally contains an await: the jump is pending across the await, then taken
// method: LoopFinally.Walk
// expect: hoisted = {total, i, <pending branch>, <pending exception>}
// expect: not hoisted = {}
// expect: slots = 4
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task<int>
// expect: live at state 0 = {total, i, <pending branch>, <pending exception>}
// expect: roslyn hoists = {total, i, <pending branch>, <pending exception object>}
// why: the finally is left toward i++ (continue, fall-through), toward return (break) or by
//      rethrow (the calls in the try can throw): which one is the pending branch. total and i
//      are read on the way to i++ / return. Three ints and one reference: 4 slots.
using System;
using System.Threading.Tasks;

static class LoopFinally
{
    static async Task Log(string s) { await Task.Yield(); Console.WriteLine("log: " + s); }

    static async Task<int> Walk()
    {
        int total = 0;
        for (int i = 0; i < 5; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                Console.WriteLine("body " + i);
                total += i;
            }
            finally
            {
                await Log("finally " + i);
            }
        }
        return total;
    }

    static async Task Main()
    {
        Console.WriteLine("total = " + await Walk());
    }
}
