// LINQ to Objects over arrays and lists: Select (with and without index), Where, ToList,
// ToArray, Count, Any, All, First, FirstOrDefault, Sum, Max, Min, Average; deferred execution (the selector runs
// as `foreach` reaches each element, interleaved with the loop body, and again on a second
// enumeration); Task.WhenAll over a Select of tasks (Pattern 3) and of async lambdas (Trap C).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    static async Task<int> LoadAsync(int id)
    {
        await Task.Delay(id);
        return id * 10;
    }

    static async Task Main()
    {
        int[] numbers = { 5, 3, 8, 1, 9, 2 };
        var evens = numbers.Where(n => n % 2 == 0);
        var squares = numbers.Select(n => n * n).ToList();
        Console.WriteLine(string.Join(",", evens));
        Console.WriteLine(string.Join(",", squares));
        Console.WriteLine(string.Join(" ", numbers.Select((n, i) => i + ":" + n)));
        Console.WriteLine(numbers.Count() + " " + numbers.Count(n => n > 4));
        Console.WriteLine(numbers.Any() + " " + numbers.Any(n => n > 8) + " " + numbers.All(n => n > 0));
        Console.WriteLine(numbers.First() + " " + numbers.First(n => n > 5) + " " + numbers.FirstOrDefault(n => n > 100));
        Console.WriteLine(numbers.Sum(n => n) + " " + numbers.Sum(n => (long)n * 1000000000) + " " + numbers.Sum(n => n / 2.0));

        Console.WriteLine(numbers.Sum() + " " + numbers.Max() + " " + numbers.Min() + " " + numbers.Where(n => n != 1 && n != 3).Average());
        var longs = new List<long> { 5, 7 };
        Console.WriteLine(longs.Count() + " " + longs.Sum() + " " + longs.Select(x => x * 2).Max());

        var names = new List<string> { "ann", "bob", "cy" };
        string[] upper = names.Where(s => s.Length == 3).Select(s => s.ToUpper()).ToArray();
        Console.WriteLine(upper.Length + " " + string.Join("|", upper));

        int calls = 0;
        var lazy = numbers.Select(n => { calls++; Console.WriteLine("  select " + n); return n + 100; });
        Console.WriteLine("nothing ran: " + calls);
        foreach (var x in lazy.Where(v => v > 104))
        {
            Console.WriteLine("  got " + x);
        }
        Console.WriteLine("after one enumeration: " + calls);
        Console.WriteLine("count " + lazy.Count() + ", calls " + calls);

        try
        {
            Console.WriteLine(numbers.First(n => n > 100));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }

        int[] ids = { 3, 1, 2 };
        int[] loaded = await Task.WhenAll(ids.Select(LoadAsync));
        Console.WriteLine(string.Join(",", loaded));
        int[] again = await Task.WhenAll(ids.Select(async id => await LoadAsync(id) + 1));
        Console.WriteLine(string.Join(",", again));
    }
}
