// rule: awaiter slots are per awaiter kind: TaskAwaiter and TaskAwaiter<int> share one (both hold just the task), YieldAwaiter and the configured awaiter get their own
// method: Awaiters.Mixed
// expect: hoisted = {a}
// expect: not hoisted = {b}
// expect: slots = 1
// expect: awaiter slots = 3
// expect: states = 0..3
// expect: builder = Task<int>
// expect: live at state 0 = {}
// expect: live at state 1 = {}
// expect: live at state 2 = {a}
// expect: live at state 3 = {a}
// why: four awaits, each awaiter dead once its GetResult ran, so never two at once. Kinds:
//      Task (Delay, Value), Yield, ConfiguredTask: 3 slots (Roslyn: 4 fields, one per awaiter
//      type, TaskAwaiter and TaskAwaiter<int> apart). a is read after the last two awaits.
using System;
using System.Threading.Tasks;

static class Awaiters
{
    static async Task<int> Value(int v) { await Task.Yield(); return v; }

    static async Task<int> Mixed()
    {
        await Task.Delay(1);
        int a = await Value(2);
        await Task.Yield();
        int b = await Value(3).ConfigureAwait(false);
        return a * 10 + b;
    }

    static async Task Main()
    {
        Console.WriteLine("Mixed() = " + await Mixed());
    }
}
