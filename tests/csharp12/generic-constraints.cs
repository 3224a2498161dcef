// C# 12: generic classes and methods with constraints (where T : class, struct, new(), a base class, an interface, notnull, unmanaged), static abstract interface members through IParsable<T>, stackalloc into Span<T> of a type parameter, async generic method
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

interface IEntity { int Id { get; } }

abstract class EntityBase : IEntity
{
    public int Id { get; set; }
    public abstract string Describe();
}

sealed class Customer : EntityBase
{
    public string Name { get; set; } = "";
    public override string Describe() => $"Customer #{Id} {Name}";
}

class Registry<TKey, TValue>
    where TKey : notnull
    where TValue : EntityBase, new()
{
    private readonly Dictionary<TKey, TValue> _items = new Dictionary<TKey, TValue>();

    public TValue GetOrCreate(TKey key, int id)
    {
        if (!_items.TryGetValue(key, out TValue value))
        {
            value = new TValue { Id = id };
            _items[key] = value;
        }
        return value;
    }

    public int Count => _items.Count;
}

static class Generic
{
    public static T FirstOrFallback<T>(IEnumerable<T> items, T fallback) where T : class
    {
        foreach (var item in items)
            if (item != null) return item;
        return fallback;
    }

    public static T? Parse<T>(string text) where T : struct, IParsable<T>
        => T.TryParse(text, null, out var value) ? value : (T?)null;

    public static int ByteSize<T>(int count) where T : unmanaged
    {
        Span<T> buffer = stackalloc T[count];
        return MemoryMarshal.AsBytes(buffer).Length;
    }

    public static async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : class, new() => await work(new TService());
}

class Clock { public Task<DateTime> NowAsync() => Task.FromResult(new DateTime(2024, 1, 2)); }

class Program
{
    static async Task Main()
    {
        var registry = new Registry<string, Customer>();
        registry.GetOrCreate("alice", 1).Name = "Alice";
        Console.WriteLine(registry.GetOrCreate("alice", 99).Describe());
        Console.WriteLine(registry.Count);
        Console.WriteLine(Generic.FirstOrFallback(new[] { null, "x", "y" }, "none"));
        Console.WriteLine(Generic.Parse<int>("42") ?? -1);
        Console.WriteLine(Generic.Parse<double>("oops").HasValue);
        Console.WriteLine(Generic.ByteSize<long>(3));
        DateTime now = await Generic.RunAsync<Clock, DateTime>(clock => clock.NowAsync());
        Console.WriteLine(now.Year);
    }
}
