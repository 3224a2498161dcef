// rule: arr[i] += await G() evaluates the array, the index and the old element before the await and keeps all three
// method: ArrayCompound.Update
// expect: hoisted = {<data>, <pos>, <data[pos]>}
// expect: not hoisted = {<await Bump()>}
// expect: slots = 3
// expect: awaiter slots = 1
// expect: states = 0..0
// expect: builder = Task
// expect: live at state 0 = {<data>, <pos>, <data[pos]>}
// why: data and pos are static fields that Bump changes while suspended: the store must go to
//      the old array at the old index, with the old element (2, not the 100 Bump wrote) as
//      the left operand. One reference slot and two int slots.
using System;
using System.Threading.Tasks;

static class ArrayCompound
{
    static int[] data = new int[] { 1, 2, 3 };
    static int pos = 1;

    static async Task<int> Bump()
    {
        Console.WriteLine("Bump: replace data, move pos, overwrite old data[1]");
        int[] old = data;
        old[1] = 100;
        data = new int[] { 7, 8, 9 };
        pos = 2;
        await Task.Yield();
        return 10;
    }

    static async Task Update()
    {
        data[pos] += await Bump();
    }

    static async Task Main()
    {
        int[] original = data;
        await Update();
        Console.WriteLine("original: " + original[0] + "," + original[1] + "," + original[2]);
        Console.WriteLine("data: " + data[0] + "," + data[1] + "," + data[2] + " pos = " + pos);
    }
}
