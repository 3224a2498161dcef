// expect: UA0100, UA0100
// LINQ's Select and a method group as a value are outside Tier 1; the WhenAll over their result draws no CS0029 on top.
using System;
using System.Linq;
using System.Collections.Generic;
using System.Threading.Tasks;

class R
{
    static async Task<int> ScoreAsync(int item)
    {
        await Task.Delay(1);
        return item * 3;
    }

    static async Task Main()
    {
        var items = new List<int> { 1, 2, 3 };
        var tasks = items.Select(ScoreAsync).ToArray();
        int[] scores = await Task.WhenAll(tasks);
        Console.WriteLine(scores.Length);
    }
}
