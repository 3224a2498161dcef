// rule: a parameter read after an await is hoisted; parameters used only before the first await are not
// method: Params.Scale
// expect: hoisted = {factor}
// expect: not hoisted = {offset, label}
// expect: slots = 1
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task<int>
// expect: live at state 0 = {factor}
// expect: roslyn hoists = {factor, offset, label}
// why: parameters are values like locals: only factor is read after the await. Roslyn copies
//      every used parameter into a field, because MoveNext sees nothing but the state
//      machine; unawait passes them to the first MoveNext run directly.
using System;
using System.Threading.Tasks;

static class Params
{
    static async Task<int> Scale(int factor, int offset, string label)
    {
        Console.WriteLine(label + ": offset " + offset);
        await Task.Yield();
        return factor * 10;
    }

    static async Task Main()
    {
        int r = await Scale(4, 7, "scale");
        Console.WriteLine("result = " + r);
    }
}
