// C# 12: extension methods on string (with an optional parameter), on IEnumerable<T> (a generic method with where TKey : IComparable<TKey>, an iterator), on an interface sequence, on an enum; calling an extension as a static method; method groups passed to LINQ; a using statement over an enumerator
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Linq;

enum Size { Small, Medium, Large }

interface IShape { double Area { get; } }

class Square : IShape
{
    public Square(double side) { Area = side * side; }
    public double Area { get; }
}

static class TextExtensions
{
    public static string Truncate(this string text, int max, string ellipsis = "...")
        => text.Length <= max ? text : text.Substring(0, Math.Max(0, max - ellipsis.Length)) + ellipsis;

    public static bool IsPalindrome(this string text)
    {
        var letters = text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        for (int i = 0, j = letters.Length - 1; i < j; i++, j--)
            if (letters[i] != letters[j]) return false;
        return true;
    }
}

static class SequenceExtensions
{
    public static TItem Largest<TItem, TKey>(this IEnumerable<TItem> items, Func<TItem, TKey> key) where TKey : IComparable<TKey>
    {
        using (var e = items.GetEnumerator())
        {
            if (!e.MoveNext()) throw new InvalidOperationException("empty sequence");
            TItem best = e.Current;
            TKey bestKey = key(best);
            while (e.MoveNext())
            {
                TKey k = key(e.Current);
                if (k.CompareTo(bestKey) > 0) { best = e.Current; bestKey = k; }
            }
            return best;
        }
    }

    public static IEnumerable<IReadOnlyList<T>> Chunked<T>(this IEnumerable<T> items, int size)
    {
        var chunk = new List<T>(size);
        foreach (var item in items)
        {
            chunk.Add(item);
            if (chunk.Count < size) continue;
            yield return chunk;
            chunk = new List<T>(size);
        }
        if (chunk.Count > 0) yield return chunk;
    }

    public static double TotalArea(this IEnumerable<IShape> shapes) => shapes.Sum(s => s.Area);

    public static string Label(this Size size) => size == Size.Small ? "S" : size == Size.Medium ? "M" : "L";
}

class Program
{
    static void Main()
    {
        Console.WriteLine("The quick brown fox".Truncate(10) + " " + TextExtensions.Truncate("short", 10));
        Console.WriteLine($"{"A man, a plan, a canal: Panama".IsPalindrome()} {"async".IsPalindrome()}");
        Console.WriteLine(new[] { "kiwi", "banana", "fig", "cherry" }.Largest(w => w.Length));
        foreach (var chunk in Enumerable.Range(1, 7).Chunked(3)) Console.Write($"[{string.Join(",", chunk)}] ");
        Console.WriteLine();
        IShape[] shapes = { new Square(2), new Square(3) };
        Console.WriteLine(shapes.TotalArea());
        Console.WriteLine(string.Join(" ", new[] { Size.Large, Size.Small, Size.Medium }.Select(s => s.Label())));
    }
}
