// rule: an await inside catch (C# 6): the handler runs as ordinary code after the try, holding the caught exception as a pending value
// method: CatchAwait.Recover
// expect: hoisted = {tag, e, <caught exception>}
// expect: not hoisted = {code}
// expect: slots = 2
// expect: awaiter slots = 1
// expect: states = 0..1
// expect: builder = Task<string>
// expect: live at state 0 = {tag, e}
// expect: live at state 1 = {<caught exception>}
// expect: roslyn hoists = {code, tag, e, <pending exception object>}
// why: in the first handler tag and e are read after the await; in the second, throw; after
//      the await rethrows the caught object, so it is live there. At most two references at
//      once: 2 reference slots (Roslyn: 4 fields, code among them).
using System;
using System.Threading.Tasks;

static class CatchAwait
{
    static string Tag(int code) { Console.WriteLine("tag " + code); return "#" + code; }

    static void Fail(int code)
    {
        if (code == 1) throw new InvalidOperationException("bad state");
        if (code == 2) throw new ArgumentException("bad argument");
    }

    static async Task Log(string s) { await Task.Yield(); Console.WriteLine("log: " + s); }

    static async Task<string> Recover(int code)
    {
        string tag = Tag(code);
        try
        {
            Fail(code);
            return tag + " ok";
        }
        catch (InvalidOperationException e)
        {
            await Log("recovering");
            return tag + " recovered from " + e.Message;
        }
        catch (Exception)
        {
            await Log("rethrowing");
            throw;
        }
    }

    static async Task Main()
    {
        for (int code = 0; code < 3; code++)
        {
            try { Console.WriteLine(await Recover(code)); }
            catch (ArgumentException ex) { Console.WriteLine("Main caught: " + ex.Message); }
        }
    }
}
