// rule: the builder follows the return type: async Task, async Task<int> and async ValueTask<int> lower alike but complete through different builders
// method: Builders.Plain
// expect: hoisted = {n}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task
// expect: live at state 0 = {n}
// method: Builders.Typed
// expect: hoisted = {n}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task<int>
// expect: live at state 0 = {n}
// method: Builders.Valued
// expect: hoisted = {n}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = ValueTask<int>
// expect: live at state 0 = {n}
// why: the three bodies are the same shape (n read after one Task.Yield), so frames, awaiters
//      and states match; only the builder differs: SetResult() for Task, SetResult(int) for
//      Task<int> and for ValueTask<int>, whose synchronous completion needs no Task at all.
using System;
using System.Threading.Tasks;

static class Builders
{
    static async Task Plain(int n) { await Task.Yield(); Console.WriteLine("Plain " + n); }
    static async Task<int> Typed(int n) { await Task.Yield(); return n * 2; }
    static async ValueTask<int> Valued(int n) { await Task.Yield(); return n * 3; }

    static async Task Main()
    {
        await Plain(1);
        Console.WriteLine("Typed(2) = " + await Typed(2));
        Console.WriteLine("Valued(3) = " + await Valued(3));
    }
}
