// Generic types nested in generic types: `Cache<TKey>.Entry<TValue>` sees both its own type
// parameter and its outer type's; each instance of the outer type has its own nested
// instances (and statics), and one nested instance can name another (`Flip`).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Cache<TKey>
{
    public static int Entries;

    public class Entry<TValue>
    {
        public readonly TKey Key;
        public readonly TValue Value;
        public Entry(TKey key, TValue value) { Key = key; Value = value; Entries++; }

        public async Task<string> ShowAsync()
        {
            await Task.Yield();
            return typeof(TKey).Name + "->" + typeof(TValue).Name + " " + Key + "=" + Value;
        }

        public Cache<TValue>.Entry<TKey> Flip() => new Cache<TValue>.Entry<TKey>(Value, Key);
    }

    public class Bucket
    {
        public readonly List<Entry<string>> Items = new List<Entry<string>>();
        public Bucket Add(TKey k, string v) { Items.Add(new Entry<string>(k, v)); return this; }
    }
}

class Program
{
    static async Task Main()
    {
        var e = new Cache<int>.Entry<string>(7, "seven");
        Console.WriteLine(await e.ShowAsync());
        var f = e.Flip();
        Console.WriteLine(await f.ShowAsync());
        Console.WriteLine(await f.Flip().ShowAsync());
        Console.WriteLine(Cache<int>.Entries + " " + Cache<string>.Entries + " " + Cache<bool>.Entries);
        var b = new Cache<char>.Bucket().Add('a', "x").Add('b', "y");
        foreach (var item in b.Items) Console.WriteLine(await item.ShowAsync());
        Console.WriteLine(Cache<char>.Entries + " " + e.GetType().Name + " " + b.GetType().Name);
    }
}
