// expect: CS8415
// `await foreach` over a List<T> (enumerated synchronously): C# suggests `foreach`; the statement is read as `await foreach`, not as an await expression missing a `;`.
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
