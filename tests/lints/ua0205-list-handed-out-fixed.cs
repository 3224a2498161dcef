// Not Trap B: the list is given to code that changes it while the method is suspended, so a
// Count read before the await would differ from the one after it.
// expect: none
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task ClearAsync(List<int> list)
    {
        await Task.Yield();
        list.Clear();
    }

    static async Task Main()
    {
        var first = new List<int> { 1, 2, 3 };
        await ClearAsync(first);
        Console.WriteLine(first.Count);
        var second = new List<int> { 4, 5 };
        await Task.Run(second.Clear);
        Console.WriteLine(second.Count);
    }
}
