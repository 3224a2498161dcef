// expect: CS4010
// An async lambda passed for a `Func<int, bool>` parameter: its result would be a task, not a bool.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var ids = new List<int> { 1, 2, 3 };
        var big = ids.Where(async x => x > 1).ToList();
        Console.WriteLine(big.Count);
    }
}
