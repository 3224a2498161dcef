// rule: an async method without await gets no state machine; its exception becomes the faulted task
// method: NoAwait.Quick
// expect: no state machine
// expect: hoisted = {}
// expect: not hoisted = {x}
// expect: slots = 0
// expect: awaiter slots = 0
// expect: states = none
// expect: builder = Task<int>
// why: with no suspension point there is nothing to resume: the body runs straight through and
//      its result (or exception) becomes a completed (or faulted) Task<int>. The call
//      Quick(-1) does not throw; awaiting or inspecting the task does.
using System;
using System.Threading.Tasks;

static class NoAwait
{
    static async Task<int> Quick(int x)
    {
        if (x < 0) throw new ArgumentException("negative");
        return x * 3;
    }

    static async Task Main()
    {
        Console.WriteLine("Quick(4) = " + await Quick(4));
        Task<int> t = Quick(-1);
        Console.WriteLine("call returned, faulted = " + t.IsFaulted);
        Console.WriteLine("message: " + t.Exception.InnerException.Message);
    }
}
