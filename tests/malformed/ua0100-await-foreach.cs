// expect: UA0100
// `await foreach` (an async stream, Tier 3) is named as such, not read as an await expression missing a `;`.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class S
{
    static async Task Main()
    {
        var items = new List<int> { 1, 2 };
        await foreach (var item in items)
        {
            Console.WriteLine(item);
        }
    }
}
