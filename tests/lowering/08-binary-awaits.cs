// rule: in x + await y * await z, x is read before both awaits and the result of await y is kept across await z
// method: Binary.Calc
// expect: hoisted = {<x>, <await Y()>}
// expect: not hoisted = {<await Z()>}
// expect: slots = 2
// expect: awaiter slots = 1
// expect: states = 0..1
// expect: builder = Task<int>
// expect: live at state 0 = {<x>}
// expect: live at state 1 = {<x>, <await Y()>}
// why: x (a static field, so the order is observable: Y changes it) is read first and its old
//      value must survive both suspensions; await Y's result is the left operand of * and must
//      survive await Z. Two ints live at once at state 1: two slots.
using System;
using System.Threading.Tasks;

static class Binary
{
    static int x = 2;

    static async Task<int> Y()
    {
        Console.WriteLine("await y (x was read as " + x + ", now set to 100)");
        x = 100;
        await Task.Yield();
        return 3;
    }

    static async Task<int> Z()
    {
        Console.WriteLine("await z");
        await Task.Yield();
        return 4;
    }

    static async Task<int> Calc()
    {
        int r = x + await Y() * await Z();
        return r;
    }

    static async Task Main()
    {
        int r = await Calc();
        Console.WriteLine("r = " + r + ", x = " + x);
    }
}
