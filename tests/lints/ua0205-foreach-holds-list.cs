// UA0205 stays silent for a list a `foreach` iterates across the await: its enumerator holds
// the list, so reading `items.Count` before the await would not release it.
// expect: none
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class Program
{
    static async Task Main()
    {
        var items = new List<int> { 1, 2 };
        int n = 0;
        foreach (var x in items)
        {
            await Task.Delay(1);
            n += x;
        }
        Console.WriteLine(n + " of " + items.Count);
    }
}
