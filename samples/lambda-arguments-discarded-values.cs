using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// An async lambda whose body is `await F()` converts to a Task-returning delegate and drops
// F's value; a lambda that only returns null converts to any delegate returning a reference
// or nullable type. Both as arguments, where overload resolution decides.
class Program
{
    static async Task<bool> SaveAsync(int id)
    {
        await Task.Yield();
        Console.WriteLine("saved " + id);
        return id % 2 == 0;
    }

    static async Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> action)
    {
        foreach (var item in items) await action(item);
    }

    static Task Run(Func<Task> f) => f();

    static string Describe(Func<int, string> f) => f(1) ?? "(null)";

    static List<T> Fill<T>(int n, Func<int, T> make)
    {
        var list = new List<T>();
        for (int i = 0; i < n; i++) list.Add(make(i));
        return list;
    }

    static async Task<string> Lookup(Func<int, Task<string>> f) => await f(5) ?? "(none)";

    static async Task Main()
    {
        await ForEachAsync(new[] { 1, 2, 3 }, async id => await SaveAsync(id));
        await Run(async () => await SaveAsync(10));
        Console.WriteLine(Describe(i => null));
        Console.WriteLine(Describe(i => { if (i > 5) return "big"; return null; }));
        Console.WriteLine(Fill<int?>(2, i => null).Count);
        Console.WriteLine(Fill<string>(3, i => null)[2] == null);
        Console.WriteLine(await Lookup(async x => { await Task.Yield(); return null; }));
    }
}
