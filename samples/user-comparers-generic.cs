using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class KeyComparer<TItem, TKey> : IComparer<TItem> where TKey : IComparable<TKey>
{
    readonly Func<TItem, TKey> key;
    public KeyComparer(Func<TItem, TKey> key) { this.key = key; }
    public int Compare(TItem a, TItem b) => key(a).CompareTo(key(b));
}

class SortedBag<T>
{
    readonly List<T> items = new List<T>();
    readonly IComparer<T> comparer;
    public SortedBag(IComparer<T> comparer) { this.comparer = comparer; }
    public void Add(T x)
    {
        int i = 0;
        while (i < items.Count && comparer.Compare(items[i], x) <= 0) i++;
        items.Insert(i, x);
    }
    public override string ToString() => string.Join(", ", items);
}

class Allocating : IComparer<string>
{
    public int Compare(string a, string b)
    {
        var la = new List<char>(a.ToLowerInvariant());
        var lb = new List<char>(b.ToLowerInvariant());
        return string.CompareOrdinal(new string(la.ToArray()) + "!", new string(lb.ToArray()) + "!");
    }
}

class TrimEq : IEqualityComparer<string>
{
    public bool Equals(string a, string b) => a.Trim() + "" == b.Trim() + "";
    public int GetHashCode(string s) => (s.Trim() + "").Length;
}

class Program
{
    static async Task<List<string>> SortLater(List<string> xs, IComparer<string> c)
    {
        await Task.Delay(1);
        xs.Sort(c);
        return xs;
    }

    static async Task Main()
    {
        var bag = new SortedBag<string>(new KeyComparer<string, int>(s => s.Length));
        foreach (var w in new[] { "ccc", "a", "dddd", "bb", "e" }) bag.Add(w);
        Console.WriteLine(bag);
        var nums = new SortedBag<int>(new KeyComparer<int, int>(n => -n));
        foreach (var n in new[] { 3, 1, 2 }) nums.Add(n);
        Console.WriteLine(nums);

        var many = Enumerable.Range(0, 200).Select(i => ((i * 7919) % 200).ToString() + (i % 3 == 0 ? "A" : "b")).ToList();
        var sorted = await SortLater(many, new Allocating());
        Console.WriteLine(string.Join(",", sorted.Take(8)));
        Console.WriteLine(string.Join(",", many.OrderByDescending(s => s, new Allocating()).Take(5)));

        var set = new HashSet<string>(new TrimEq());
        for (int i = 0; i < 300; i++) set.Add(new string(' ', i % 4) + (i % 50) + new string(' ', i % 3));
        Console.WriteLine(set.Count);
        var d = new Dictionary<string, int>(new TrimEq());
        for (int i = 0; i < 300; i++) { var k = " " + (i % 40); d[k] = d.TryGetValue(k + "  ", out var v) ? v + 1 : 1; }
        Console.WriteLine(d.Count + " " + d["7"]);
    }
}
