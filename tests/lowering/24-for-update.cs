// rule: an await in a for update clause: the loop variable's old value is consumed before the await and its new value is the await's result
// method: ForUpdate.Stepper
// expect: hoisted = {visited}
// expect: not hoisted = {i}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task<int>
// expect: live at state 0 = {visited}
// why: i = await Advance(i) passes the old i before suspending and overwrites i with the
//      result, so no value of i crosses the await; visited is read after it by the body or
//      the return. Roslyn agrees (i is written after the await before any read).
using System;
using System.Threading.Tasks;

static class ForUpdate
{
    static async Task<int> Advance(int i)
    {
        await Task.Yield();
        int next = i * 2 + 1;
        Console.WriteLine("advance " + i + " -> " + next);
        return next;
    }

    static async Task<int> Stepper()
    {
        int visited = 0;
        for (int i = 0; i < 10; i = await Advance(i))
        {
            visited++;
            Console.WriteLine("visit " + i);
        }
        return visited;
    }

    static async Task Main()
    {
        Console.WriteLine("visited = " + await Stepper());
    }
}
