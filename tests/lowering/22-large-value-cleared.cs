// rule: a large reference (List<int>) held across an await is hoisted, and its slot is cleared after its last use so a parked frame does not keep it alive
// method: Large.Process
// expect: hoisted = {items, total}
// expect: not hoisted = {v}
// expect: slots = 2
// expect: awaiter slots = 1
// expect: states = 0..1
// expect: builder = Task<int>
// expect: live at state 0 = {items}
// expect: live at state 1 = {total}
// expect: slot cleared after line 34
// why: items is read after the first await (the foreach, line 34) and never again, so the
//      second suspension stores total and clears items's slot. Roslyn keeps the field until
//      the method's scope ends, holding the 1000-element list across the second await.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Large
{
    static List<int> Load()
    {
        List<int> items = new List<int>();
        for (int i = 1; i <= 1000; i++) items.Add(i);
        return items;
    }

    static async Task<int> Process()
    {
        List<int> items = Load();
        await Task.Yield();
        int total = 0;
        Console.WriteLine("count = " + items.Count);
        foreach (int v in items) total += v;
        await Task.Yield();
        Console.WriteLine("total = " + total);
        return total;
    }

    static async Task Main()
    {
        Console.WriteLine("Process() = " + await Process());
    }
}
