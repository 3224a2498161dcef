// rule: an await in a while condition is one resume state, entered on every test of the condition
// method: WhileCond.Drain
// expect: hoisted = {count}
// expect: not hoisted = {}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task<int>
// expect: live at state 0 = {count}
// why: the condition runs before the first iteration and after each: from the await either the
//      body (count++) or the return reads count, so it is live there, though it is still the
//      constant 0 the first time.
using System;
using System.Threading.Tasks;

static class WhileCond
{
    static int remaining = 3;

    static async Task<bool> More()
    {
        await Task.Yield();
        remaining--;
        Console.WriteLine("More: remaining = " + remaining);
        return remaining >= 0;
    }

    static async Task<int> Drain()
    {
        int count = 0;
        while (await More())
        {
            count++;
            Console.WriteLine("iteration " + count);
        }
        return count;
    }

    static async Task Main()
    {
        Console.WriteLine("count = " + await Drain());
    }
}
