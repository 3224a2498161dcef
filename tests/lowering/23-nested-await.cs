// rule: in await (await Outer()), the inner await's result goes straight into the outer await's GetAwaiter: it is never kept across a suspension
// method: Nested.Run
// expect: hoisted = {k}
// expect: not hoisted = {<await Outer(k)>, r}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..1
// expect: builder = Task<int>
// expect: live at state 0 = {k}
// expect: live at state 1 = {k}
// why: state 0 awaits Outer(k), whose Task<int> result is consumed by GetAwaiter before state 1
//      can suspend; only k (read by r + k) crosses either await. Both awaiters are of the Task
//      kind (TaskAwaiter<Task<int>>, TaskAwaiter<int>): one slot (Roslyn: two fields).
using System;
using System.Threading.Tasks;

static class Nested
{
    static async Task<int> Inner(int k)
    {
        await Task.Yield();
        Console.WriteLine("inner " + k);
        return k * 2;
    }

    static async Task<Task<int>> Outer(int k)
    {
        Console.WriteLine("outer " + k);
        await Task.Yield();
        return Inner(k);
    }

    static async Task<int> Run(int k)
    {
        int r = await (await Outer(k));
        return r + k;
    }

    static async Task Main()
    {
        Console.WriteLine("Run(5) = " + await Run(5));
    }
}
