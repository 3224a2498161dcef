// Demonstrates array initializers without `new` (fields and locals), which mean `new T[] { ... }`.
using System;
using System.Threading.Tasks;

static class Program
{
    static int[] primes = { 2, 3, 5, 7 };
    static string[] names = { "ada", "grace", };

    static async Task<int> SumAsync(int[] values)
    {
        int total = 0;
        foreach (int v in values)
        {
            await Task.Yield();
            total += v;
        }
        return total;
    }

    static async Task Main()
    {
        long[] wide = { 1, 2, 3 };
        double[] halves = { 0.5, 1.5 };
        Console.WriteLine(await SumAsync(primes));
        Console.WriteLine(names[1].ToUpper() + " " + names.Length);
        Console.WriteLine(wide[2] * 1000000000000L);
        Console.WriteLine(halves[0] + halves[1]);
    }
}
