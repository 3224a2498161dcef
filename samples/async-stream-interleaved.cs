using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// Awaits and yields interleaved: the producer runs on the consumer's MoveNextAsync until its
// next `yield return`; the trace shows who runs when.
class Program
{
    static async Task<int> Fetch(int page)
    {
        await Task.Delay(5);
        Console.WriteLine($"  fetched page {page}");
        return page * 10;
    }

    static async IAsyncEnumerable<int> Pages(int count)
    {
        for (int page = 1; page <= count; page++)
        {
            Console.WriteLine($"  producer: fetching page {page}");
            int first = await Fetch(page);
            yield return first;
            Console.WriteLine($"  producer: resumed after {first}");
            yield return first + 1;
            if (page % 2 == 0)
            {
                await Task.Yield();
                Console.WriteLine("  producer: yielded the thread");
            }
        }
        Console.WriteLine("  producer: done");
    }

    static async Task Main()
    {
        await foreach (var item in Pages(3))
        {
            Console.WriteLine($"consumer: {item}");
            if (item == 21) await Task.Delay(5);
        }
        Console.WriteLine("consumer: done");
    }
}
