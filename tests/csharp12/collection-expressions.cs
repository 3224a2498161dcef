// C# 12: collection expressions ([1, 2, 3], [], spreads ..xs) targeting arrays, List<T>, Span<T>, ReadOnlySpan<T> parameters, IEnumerable<T>, IReadOnlyList<T>, HashSet<T>, ImmutableArray<T>, jagged arrays, a conditional of two collection expressions, spreads of LINQ results and awaited arrays
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    static int Sum(ReadOnlySpan<int> values)
    {
        int total = 0;
        foreach (var v in values) total += v;
        return total;
    }

    static IEnumerable<string> Tags(bool admin) => admin ? ["user", "admin"] : ["user"];

    static async Task<int[]> LoadAsync(int count)
    {
        await Task.Delay(1);
        return [.. Enumerable.Range(1, count)];
    }

    static void SpanDemo()
    {
        Span<int> buffer = [10, 20, 30];
        buffer[1] += 5;
        Console.WriteLine(Sum(buffer) + " " + Sum([1, 2, 3]) + " " + Sum([]));
    }

    static async Task Main()
    {
        int[] primes = [2, 3, 5, 7];
        List<int> more = [11, 13];
        int[] all = [1, .. primes, .. more, 17];
        Console.WriteLine(string.Join(",", all));

        SpanDemo();

        IEnumerable<char> letters = ['a', 'b', 'c'];
        IReadOnlyList<string> names = ["ann", "bob"];
        HashSet<string> unique = ["x", "y", "x"];
        ImmutableArray<double> weights = [0.5, 0.25, 0.25];
        List<string> empty = [];
        Console.WriteLine($"{string.Concat(letters)} {names.Count} {unique.Count} {weights.Sum()} {empty.Count}");

        int[] loaded = await LoadAsync(4);
        int[] combined = [.. loaded.Select(x => x * 2), .. await LoadAsync(2)];
        Console.WriteLine(string.Join(" ", combined));

        foreach (var tag in Tags(admin: true)) Console.Write(tag + ";");
        Console.WriteLine();
        int[][] matrix = [[1, 2], [3, 4], []];
        Console.WriteLine(matrix.Sum(row => row.Length));
    }
}
