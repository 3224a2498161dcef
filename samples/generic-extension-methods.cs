// Generic extension methods of the program: type arguments inferred from the receiver (`Task<T>`,
// `IEnumerable<T>` of an array and of a list, any `T`), an iterator and an async method among
// them, a constraint, chained calls, and the static form.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

static class TaskExtensions2
{
    public static async Task<T> WithFallback<T>(this Task<T> task, T fallback)
    {
        try { return await task; }
        catch (Exception e) { Console.WriteLine("fallback after " + e.Message); return fallback; }
    }

    public static IEnumerable<T> EveryOther<T>(this IEnumerable<T> source)
    {
        bool take = true;
        foreach (var x in source) { if (take) yield return x; take = !take; }
    }

    public static TResult Pipe<T, TResult>(this T value, Func<T, TResult> f) => f(value);

    public static string Describe<T>(this List<T> list) where T : IComparable<T>
        => list.Count == 0 ? "empty" : "first " + list[0].CompareTo(list[list.Count - 1]);
}

class Program
{
    static async Task<int> Fails() { await Task.Yield(); throw new InvalidOperationException("boom"); }

    static async Task Main()
    {
        Console.WriteLine(await Task.FromResult(5).WithFallback(0));
        Console.WriteLine(await Fails().WithFallback(-1));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3, 4, 5 }.EveryOther()));
        Console.WriteLine(string.Join(",", new List<string> { "a", "b", "c" }.EveryOther()));
        Console.WriteLine(21.Pipe(x => x * 2));
        Console.WriteLine("abc".Pipe(s => s.Length).Pipe(n => n + 0.5));
        Console.WriteLine(new List<int> { 3, 9, 4 }.Describe());
        Console.WriteLine(TaskExtensions2.Pipe(3, x => x + 1));
    }
}
