// rule: an await on the right of && or || is conditional: it is not evaluated (no suspension) when the left side decides
// method: ShortCircuit.Logic
// expect: hoisted = {a, b, x}
// expect: not hoisted = {y}
// expect: slots = 2
// expect: awaiter slots = 1
// expect: states = 0..1
// expect: builder = Task<string>
// expect: live at state 0 = {a, b}
// expect: live at state 1 = {x}
// why: after the await in && the next line reads a and b; after the await in || only x is
//      still to be read (y is the await's own result). All bools: a and b at state 0, x at
//      state 1, so x shares a slot with a or b: 2 slots (Roslyn: 3 fields).
using System;
using System.Threading.Tasks;

static class ShortCircuit
{
    static async Task<bool> Slow(string op, bool v)
    {
        Console.WriteLine("  await on the right of " + op);
        await Task.Yield();
        return v;
    }

    static async Task<string> Logic(bool a, bool b)
    {
        bool x = a && await Slow("&&", b);
        bool y = a || await Slow("||", b);
        return x + " " + y;
    }

    static async Task Main()
    {
        Console.WriteLine("Logic(false, true):");
        Console.WriteLine(await Logic(false, true));
        Console.WriteLine("Logic(true, false):");
        Console.WriteLine(await Logic(true, false));
        Console.WriteLine("Logic(true, true):");
        Console.WriteLine(await Logic(true, true));
    }
}
