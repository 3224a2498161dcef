// rule: a loop variable live across an await in the loop body is hoisted
// method: LoopVar.Run
// expect: hoisted = {i}
// expect: not hoisted = {}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task
// expect: live at state 0 = {i}
// why: after the await the body prints i and the update i++ reads it, so i is live at the
//      suspension on every iteration. One source await, one resume state, reused each time
//      round the loop.
using System;
using System.Threading.Tasks;

static class LoopVar
{
    static async Task Run()
    {
        for (int i = 0; i < 3; i++)
        {
            Console.WriteLine("before " + i);
            await Task.Yield();
            Console.WriteLine("after " + i);
        }
    }

    static async Task Main()
    {
        await Run();
        Console.WriteLine("done");
    }
}
