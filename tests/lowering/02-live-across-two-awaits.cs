// rule: a value read after an await is hoisted, and stays in one slot across two consecutive awaits
// method: LiveAcross.Twice
// expect: hoisted = {x}
// expect: not hoisted = {}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..1
// expect: builder = Task<int>
// expect: live at state 0 = {x}
// expect: live at state 1 = {x}
// why: x is written once, before the first await, and read only after the second; every path
//      from either suspension point reads it first, so it is live at both and keeps the same
//      slot. Both awaits are TaskAwaiter (Task.Delay), so one awaiter slot.
using System;
using System.Threading.Tasks;

static class LiveAcross
{
    static int Seed() { Console.WriteLine("seed"); return 21; }

    static async Task<int> Twice()
    {
        int x = Seed();
        await Task.Delay(1);
        await Task.Delay(1);
        Console.WriteLine("after both awaits");
        return x * 2;
    }

    static async Task Main()
    {
        int r = await Twice();
        Console.WriteLine("result = " + r);
    }
}
