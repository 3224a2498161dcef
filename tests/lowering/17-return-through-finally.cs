// rule: return from inside try with an await in finally: the return value and the exit taken are pending across the await, then replayed
// method: ReturnFinally.Early
// expect: hoisted = {<pending return value>, <pending branch>, <pending exception>}
// expect: not hoisted = {n}
// expect: slots = 3
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task<string>
// expect: live at state 0 = {<pending return value>, <pending branch>, <pending exception>}
// expect: roslyn hoists = {n, <pending return value>, <pending branch>, <pending exception object>}
// why: the finally is reached by return (value computed before it), by fall-through, or by an
//      exception from the calls in the try; after the await it dispatches on the pending branch
//      and returns the saved value or rethrows. Two references and a tag: 3 slots.
using System;
using System.Threading.Tasks;

static class ReturnFinally
{
    static async Task Log(string s) { await Task.Yield(); Console.WriteLine("log: " + s); }

    static async Task<string> Early(int n)
    {
        try
        {
            if (n > 0) return "positive " + n;
            Console.WriteLine("not positive: " + n);
        }
        finally
        {
            await Log("finally");
        }
        return "fell through";
    }

    static async Task Main()
    {
        Console.WriteLine(await Early(5));
        Console.WriteLine(await Early(-5));
    }
}
