// StringComparison and StringComparer: the comparison overloads of string's members, the six
// comparers as a dictionary's or set's key comparer, their Equals/Compare, and List.Sort(comparer).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<Dictionary<string, int>> CountAsync(string[] words, StringComparer comparer)
    {
        var counts = new Dictionary<string, int>(comparer);
        foreach (var w in words)
        {
            await Task.Yield();
            int n;
            counts[w] = counts.TryGetValue(w, out n) ? n + 1 : 1;
        }
        return counts;
    }

    static void Show(string label, int c) => Console.WriteLine(label + " " + Math.Sign(c));

    static async Task Main()
    {
        string a = "Hello", b = "hello";
        Console.WriteLine(string.Equals(a, b, StringComparison.Ordinal));
        Console.WriteLine(string.Equals(a, b, StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(a.Equals(b, StringComparison.InvariantCultureIgnoreCase));
        Console.WriteLine(a.Equals(b, StringComparison.CurrentCulture));
        Console.WriteLine(string.Compare(a, b, StringComparison.Ordinal));
        Console.WriteLine(string.Compare("apple", "Banana", StringComparison.Ordinal));
        Console.WriteLine(string.Compare("abc", "ABD", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(string.Compare("abc", "ab", StringComparison.OrdinalIgnoreCase));
        Show("culture", string.Compare(a, b, StringComparison.InvariantCulture));
        Show("culture", string.Compare("apple", "Banana", StringComparison.CurrentCulture));
        Show("ignore-case", string.Compare("apple", "APPLE", true));
        Show("null", string.Compare(null, "a", StringComparison.OrdinalIgnoreCase));

        string s = "Hello World";
        Console.WriteLine(s.StartsWith("hello", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.StartsWith("hello", StringComparison.Ordinal));
        Console.WriteLine(s.EndsWith("WORLD", StringComparison.CurrentCultureIgnoreCase));
        Console.WriteLine(s.IndexOf("o w", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.IndexOf("O", 5, StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.LastIndexOf("O", StringComparison.InvariantCultureIgnoreCase));
        Console.WriteLine(s.Contains("WOR", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.Contains("WOR", StringComparison.Ordinal));
        Console.WriteLine(s.Replace("WORLD", "there", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("abcABCabc".Replace("b", "-", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("éa".Equals("ÉA", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("straße".Equals("STRASSE", StringComparison.OrdinalIgnoreCase));

        StringComparison mode = StringComparison.OrdinalIgnoreCase;
        object boxed = mode;
        Console.WriteLine($"{mode} {boxed} {StringComparison.InvariantCulture} {(int)StringComparison.Ordinal}");
        foreach (var m in new List<StringComparison> { StringComparison.Ordinal, StringComparison.CurrentCultureIgnoreCase })
            Console.WriteLine(m + ": " + "xY".Equals("Xy", m));

        var counts = await CountAsync(new[] { "Apple", "apple", "BANANA", "banana", "Cherry" }, StringComparer.OrdinalIgnoreCase);
        foreach (var kv in counts) Console.WriteLine(kv.Key + "=" + kv.Value);
        Console.WriteLine(counts.ContainsKey("CHERRY"));
        var exact = await CountAsync(new[] { "Apple", "apple" }, StringComparer.Ordinal);
        Console.WriteLine(exact.Count);

        var set = new HashSet<string>(StringComparer.InvariantCultureIgnoreCase) { "x", "X", "y" };
        set.UnionWith(new[] { "Y", "z" });
        Console.WriteLine(string.Join(",", set) + " " + set.Contains("Z"));
        Console.WriteLine(set.SetEquals(new[] { "X", "Y", "Z" }));
        Console.WriteLine(new HashSet<string>(set) { "Z" }.Count);
        try
        {
            var d = new Dictionary<string, int>(StringComparer.CurrentCultureIgnoreCase) { { "Key", 1 } };
            d.Add("KEY", 2);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name);
        }

        StringComparer c = StringComparer.FromComparison(StringComparison.OrdinalIgnoreCase);
        Console.WriteLine(c.Equals("abc", "ABC") + " " + c.Compare("abc", "ABD"));
        Console.WriteLine(StringComparer.Ordinal.Equals(null, null) + " " + StringComparer.Ordinal.Compare("a", "B"));
        Show("culture comparer", StringComparer.CurrentCulture.Compare("a", "B"));
        Console.WriteLine(StringComparer.Ordinal == StringComparer.Ordinal);
        IEqualityComparer<string> eq = StringComparer.OrdinalIgnoreCase;
        IComparer<string> cmp = StringComparer.Ordinal;
        Console.WriteLine(eq.Equals("A", "a") + " " + cmp.Compare("b", "a"));

        var list = new List<string> { "b", "B", "a", "A", "_x" };
        list.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(",", list));
        list.Sort(StringComparer.InvariantCulture);
        Console.WriteLine(string.Join(",", list));

        try { Console.WriteLine(s.StartsWith(null, StringComparison.Ordinal)); }
        catch (ArgumentNullException) { Console.WriteLine("ArgumentNullException"); }
        try { Console.WriteLine(string.Equals("a", "b", (StringComparison)9)); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(s.Replace("", "x", StringComparison.Ordinal)); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
    }
}
