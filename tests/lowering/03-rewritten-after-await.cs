// rule: hoisting is per live range: a variable rewritten after an await before any read is not kept across it
// method: Rewrite.Run
// expect: hoisted = {x@28}
// expect: not hoisted = {x@25}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..1
// expect: builder = Task<int>
// expect: live at state 0 = {}
// expect: live at state 1 = {x@28}
// expect: roslyn hoists = {x}
// why: the value First() gives x (line 25) is dead at the first await: line 28 overwrites x
//      before anything reads it, so state 0 stores nothing. The value from Second() is read
//      after the second await, so only it is stored. Roslyn keeps x in a field throughout.
using System;
using System.Threading.Tasks;

static class Rewrite
{
    static int First() { Console.WriteLine("first"); return 5; }
    static int Second() { Console.WriteLine("second"); return 20; }

    static async Task<int> Run()
    {
        int x = First();
        Console.WriteLine("x = " + x);
        await Task.Yield();
        x = Second();
        Console.WriteLine("x = " + x);
        await Task.Yield();
        return x + 1;
    }

    static async Task Main()
    {
        Console.WriteLine("result = " + await Run());
    }
}
