// C# 12: method-syntax LINQ (Where, Select with index, SelectMany, GroupBy, OrderBy/ThenBy/OrderByDescending, Distinct, Aggregate, Any/All, ToDictionary, Zip, Skip/Take, FirstOrDefault, Max/Min/Average), lambdas, char arrays
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        string[] words = { "apple", "banana", "avocado", "cherry", "blueberry", "cranberry", "apricot" };

        var byLetter = words
            .GroupBy(w => w[0])
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Key}: {string.Join(",", g.OrderByDescending(w => w.Length).ThenBy(w => w))}");
        foreach (var line in byLetter) Console.WriteLine(line);

        var indexed = words.Select((w, i) => new { Index = i, Word = w })
                           .Where(x => x.Index % 2 == 0)
                           .Select(x => x.Index + "=" + x.Word);
        Console.WriteLine(string.Join(" ", indexed));

        var letters = words.SelectMany(w => w.ToCharArray()).Distinct().OrderBy(c => c).ToArray();
        Console.WriteLine(new string(letters));

        int totalLength = words.Aggregate(0, (acc, w) => acc + w.Length);
        Console.WriteLine($"total length {totalLength}, any long: {words.Any(w => w.Length > 8)}, all lower: {words.All(w => w == w.ToLowerInvariant())}");

        Dictionary<string, int> lengths = words.ToDictionary(w => w, w => w.Length);
        Console.WriteLine(lengths["cherry"]);

        var zipped = Enumerable.Range(1, 3).Zip(words, (n, w) => n + ":" + w);
        Console.WriteLine(string.Join(" | ", zipped));

        var page = words.OrderBy(w => w, StringComparer.Ordinal).Skip(2).Take(3).ToList();
        Console.WriteLine(string.Join(",", page));
        Console.WriteLine(words.FirstOrDefault(w => w.StartsWith("z", StringComparison.Ordinal)) ?? "no z-word");
        Console.WriteLine(words.Max(w => w.Length) + " " + words.Min(w => w.Length) + " " + words.Average(w => w.Length).ToString("F3"));
    }
}
