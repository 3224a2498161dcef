// rule: total += await G() reads total BEFORE the await, so its old value is live across it
// method: Compound.Accumulate
// expect: hoisted = {total}
// expect: not hoisted = {}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..1
// expect: builder = Task<int>
// expect: live at state 0 = {total}
// expect: live at state 1 = {total}
// expect: roslyn hoists = {<spill of total>}
// why: t += e is t = t + e with t read first, so the value of total before each await is the
//      left operand of the + after it. Roslyn spills that read into a temporary field and does
//      not hoist total itself (it is written after each await before being read).
using System;
using System.Threading.Tasks;

static class Compound
{
    static int Start() { Console.WriteLine("start"); return 1; }

    static async Task<int> G(int v)
    {
        Console.WriteLine("G(" + v + ")");
        await Task.Yield();
        return v;
    }

    static async Task<int> Accumulate()
    {
        int total = Start();
        total += await G(5);
        total += await G(7);
        return total;
    }

    static async Task Main()
    {
        Console.WriteLine("total = " + await Accumulate());
    }
}
