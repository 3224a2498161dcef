// Async iterators as local functions: one capturing a local of Main (the second enumeration
// sees its new value), one static.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task Main()
    {
        int scale = 10;
        async IAsyncEnumerable<int> Scaled(int n)
        {
            for (int i = 1; i <= n; i++)
            {
                await Task.Yield();
                yield return i * scale;
            }
        }
        static async IAsyncEnumerable<string> Names()
        {
            yield return "a";
            await Task.Delay(1);
            yield return "b";
        }
        await foreach (var x in Scaled(3))
            Console.WriteLine(x);
        scale = 100;
        await foreach (var x in Scaled(2))
            Console.WriteLine(x);
        await foreach (var s in Names())
            Console.WriteLine(s);
    }
}
