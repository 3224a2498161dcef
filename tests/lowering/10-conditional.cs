// rule: ?: with an await in each branch: only the chosen branch's await runs; each await is its own resume state
// method: Conditional.Pick
// expect: hoisted = {k}
// expect: not hoisted = {flag, r}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..1
// expect: builder = Task<int>
// expect: live at state 0 = {k}
// expect: live at state 1 = {k}
// expect: roslyn hoists = {flag, k}
// why: state 0 is the await in the true branch, state 1 the one in the false branch (source
//      order). After either, k is read by r + k; flag is only read to choose. Both awaiters are
//      TaskAwaiter<int>: one awaiter slot.
using System;
using System.Threading.Tasks;

static class Conditional
{
    static async Task<int> Left(int k) { Console.WriteLine("left"); await Task.Yield(); return k * 10; }
    static async Task<int> Right(int k) { Console.WriteLine("right"); await Task.Yield(); return k * 100; }

    static async Task<int> Pick(bool flag, int k)
    {
        int r = flag ? await Left(k) : await Right(k);
        return r + k;
    }

    static async Task Main()
    {
        Console.WriteLine("Pick(true, 2) = " + await Pick(true, 2));
        Console.WriteLine("Pick(false, 3) = " + await Pick(false, 3));
    }
}
