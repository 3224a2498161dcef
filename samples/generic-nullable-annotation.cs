// C# 9: `T?` of a type parameter not constrained to `struct` is an annotation, not
// `Nullable<T>`: for a value type it is `T` itself, so "none" is `default(T)` (0 for int),
// and for a reference type it is a reference that may be null.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// In a generic class too: `Slot<int>`'s `T?` members are `int`.
class Slot<T>
{
    T? value;
    public void Set(T v) { value = v; }
    public T? Peek() => value;
    public T Get() { T x = value; return x; }
}

class Program
{
    static T? First<T>(List<T> xs) => xs.Count > 0 ? xs[0] : default;
    static T? FirstClass<T>(List<T> xs) where T : class => xs.Count > 0 ? xs[0] : null;

    static async Task<T?> Find<T>(Dictionary<string, T> d, string key)
    {
        await Task.Yield();
        return d.TryGetValue(key, out T value) ? value : default;
    }

    static async Task Main()
    {
        Console.WriteLine(First(new List<int>()) + "|" + (First(new List<string>()) == null) + "|" + First(new List<string> { "a" }));
        Console.WriteLine(FirstClass(new List<string>()) == null);
        var ages = new Dictionary<string, int> { ["ann"] = 31 };
        Console.WriteLine(await Find(ages, "ann") + " " + await Find(ages, "bob"));
        var names = new Dictionary<string, string> { ["x"] = "ex" };
        Console.WriteLine((await Find(names, "x")) + " " + (await Find(names, "y") ?? "none"));
        var slot = new Slot<int>();
        int before = slot.Peek();
        slot.Set(5);
        Console.WriteLine(before + " " + slot.Peek() + " " + slot.Get());
        var text = new Slot<string>();
        Console.WriteLine((text.Peek() == null) + " " + (text.Get() ?? "null"));
    }
}
