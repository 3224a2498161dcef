// rule: values never live across the same await share a slot, but only within a class: three ints share one slot, a string gets its own
// method: Share.Run
// expect: hoisted = {a, b, s, c}
// expect: not hoisted = {}
// expect: slots = 2
// expect: awaiter slots = 1
// expect: states = 0..3
// expect: builder = Task
// expect: live at state 0 = {a}
// expect: live at state 1 = {b}
// expect: live at state 2 = {s}
// expect: live at state 3 = {c}
// expect: slot cleared after line 36
// why: each value is read only after the await that follows it, so no two are live at the
//      same suspension. a, b, c are ints: one 4-byte slot. s is a reference: it cannot share
//      with an int, so a second (traced) slot, cleared once s is dead (line 36, by state 3).
//      Roslyn: four fields, since all four are in the same scope.
using System;
using System.Threading.Tasks;

static class Share
{
    static int Next(int k) { Console.WriteLine("next " + k); return k * 10; }
    static string Name() { Console.WriteLine("name"); return "str"; }

    static async Task Run()
    {
        int a = Next(1);
        await Task.Yield();
        Console.WriteLine("a = " + a);
        int b = Next(2);
        await Task.Yield();
        Console.WriteLine("b = " + b);
        string s = Name();
        await Task.Yield();
        Console.WriteLine("s = " + s);
        int c = Next(3);
        await Task.Yield();
        Console.WriteLine("c = " + c);
    }

    static async Task Main()
    {
        await Run();
        Console.WriteLine("done");
    }
}
