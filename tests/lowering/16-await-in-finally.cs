// rule: an await inside finally: the finally is entered with a pending exception (or none) that survives the await and is rethrown after it
// method: FinallyAwait.Cleanup
// expect: hoisted = {result, <pending branch>, <pending exception>}
// expect: not hoisted = {n}
// expect: slots = 3
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task<int>
// expect: live at state 0 = {result, <pending branch>, <pending exception>}
// expect: roslyn hoists = {n, result, <pending exception object>}
// why: one copy of the finally code, entered by fall-through or by the throw; after the await a
//      switch on the pending branch (0 fall through, -1 rethrow) rethrows the pending exception
//      or goes on to `return result`. unawait keeps the branch tag even where null vs non-null
//      would tell the two exits apart (one rule for every finally). Two ints, one ref.
using System;
using System.Threading.Tasks;

static class FinallyAwait
{
    static async Task Log(string s) { await Task.Yield(); Console.WriteLine("log: " + s); }

    static async Task<int> Cleanup(int n)
    {
        int result = n * 2;
        try
        {
            if (n < 0) throw new ArgumentException("negative");
            Console.WriteLine("body " + n);
        }
        finally
        {
            await Log("finally " + n);
        }
        return result;
    }

    static async Task Main()
    {
        Console.WriteLine("Cleanup(3) = " + await Cleanup(3));
        try { Console.WriteLine("Cleanup(-1) = " + await Cleanup(-1)); }
        catch (ArgumentException ex) { Console.WriteLine("Main caught: " + ex.Message); }
    }
}
