using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

// Iterators consumed by async methods: a foreach over an iterator with awaits in its body (the
// enumerator and the iterator's state live across the suspensions; its finally runs when the
// loop ends or breaks), an enumerator driven by hand across awaits, and LINQ over an iterator
// whose results are awaited.
class Program
{
    static IEnumerable<int> Ids(string who)
    {
        try
        {
            for (int i = 1; i <= 3; i++)
            {
                Console.WriteLine("  " + who + " yields " + i);
                yield return i;
            }
        }
        finally
        {
            Console.WriteLine("  " + who + " finally");
        }
    }

    static async Task<string> Fetch(int id)
    {
        await Task.Delay(10);
        return "item" + id;
    }

    static async Task<int> SumAsync()
    {
        int total = 0;
        foreach (var id in Ids("sum"))
        {
            var s = await Fetch(id);
            Console.WriteLine("fetched " + s);
            total += id;
        }
        return total;
    }

    static async Task FirstTwo()
    {
        foreach (var id in Ids("break"))
        {
            await Task.Yield();
            Console.WriteLine("handled " + id);
            if (id == 2)
                break;
        }
        Console.WriteLine("after the loop");
    }

    static async Task ByHand()
    {
        var e = Ids("by hand").GetEnumerator();
        while (e.MoveNext())
        {
            await Task.Delay(1);
            Console.WriteLine("current " + e.Current);
        }
        e.Dispose();
    }

    static async Task Main()
    {
        Console.WriteLine("total " + await SumAsync());
        await FirstTwo();
        await ByHand();
        var tasks = Ids("linq").Select(Fetch).ToList();
        var items = await Task.WhenAll(tasks);
        Console.WriteLine(string.Join(",", items));
    }
}
