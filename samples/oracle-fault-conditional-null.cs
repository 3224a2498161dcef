// A compound assignment to an element of a static array whose right side is a `?:` with an await
// in its condition: C# reads the array, the index and the element, then runs the right side, then
// stores. mcs's code for it throws NullReferenceException (samples/ORACLE-EXCEPTIONS.md).
using System;
using System.Threading.Tasks;

static class Program
{
    static int[] counts = new int[] { 10, 20, 30 };

    static async Task<bool> Flag(bool v)
    {
        await Task.Yield();
        return v;
    }

    static async Task Main()
    {
        Console.WriteLine("before: " + counts[0] + " " + counts[1] + " " + counts[2]);
        counts[0] -= await Flag(true) ? 1 : 0;
        Console.WriteLine("after -=: " + counts[0] + " " + counts[1] + " " + counts[2]);
        counts[2] += await Flag(false) ? 100 : 5;
        Console.WriteLine("after +=: " + counts[0] + " " + counts[1] + " " + counts[2]);
    }
}
