// rule: spilling keeps C#'s left-to-right order: in F(a, await b, c) the argument a is evaluated before the await and kept across it
// method: Spill.Run
// expect: hoisted = {<P("a", 1)>}
// expect: not hoisted = {<await Q("b", 2)>, <P("c", 3)>}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task<int>
// expect: live at state 0 = {<P("a", 1)>}
// why: the first argument is computed (and printed) before Q suspends and is needed by the
//      call to F after it: one int temporary. The await's result and P("c", 3) are produced
//      after the suspension and consumed at once, so they never cross it.
using System;
using System.Threading.Tasks;

static class Spill
{
    static int P(string name, int v) { Console.WriteLine("evaluate " + name); return v; }

    static async Task<int> Q(string name, int v)
    {
        Console.WriteLine("evaluate " + name + ", suspend");
        await Task.Yield();
        Console.WriteLine("resume " + name);
        return v;
    }

    static int F(int a, int b, int c)
    {
        Console.WriteLine("call F(" + a + ", " + b + ", " + c + ")");
        return a * 100 + b * 10 + c;
    }

    static async Task<int> Run()
    {
        return F(P("a", 1), await Q("b", 2), P("c", 3));
    }

    static async Task Main()
    {
        Console.WriteLine("result = " + await Run());
    }
}
