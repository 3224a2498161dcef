// rule: an await inside try with a catch: values read by the catch are live at the await too (through the exception edge)
// method: TryCatch.Guarded
// expect: hoisted = {bonus}
// expect: not hoisted = {d, q, e}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task<int>
// expect: live at state 0 = {bonus}
// expect: roslyn hoists = {d, bonus}
// why: bonus is read after the await on the normal path (q + bonus) and in the handler when
//      GetResult throws; d only builds the awaited call. The resume point is inside the try:
//      Roslyn dispatches into it with a nested switch, unawait with a flat one.
using System;
using System.Threading.Tasks;

static class TryCatch
{
    static int Bonus() { Console.WriteLine("bonus"); return 5; }

    static async Task<int> Divide(int a, int b)
    {
        await Task.Yield();
        return a / b;
    }

    static async Task<int> Guarded(int d)
    {
        int bonus = Bonus();
        try
        {
            int q = await Divide(100, d);
            Console.WriteLine("q = " + q);
            return q + bonus;
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("caught: " + e.Message);
            return -bonus;
        }
    }

    static async Task Main()
    {
        Console.WriteLine("Guarded(4) = " + await Guarded(4));
        Console.WriteLine("Guarded(0) = " + await Guarded(0));
    }
}
