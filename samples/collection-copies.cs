using System;
// Copy constructors: new HashSet<T>(collection) (duplicates dropped; a set with few free slots
// is copied with them, so the copy's next additions fill them; a sparse one is compacted;
// Equals/GetHashCode overrides run only when elements are added one by one), new Queue<T> and
// new Stack<T> (a stack of a stack reverses it), new List<T> of a set, of Keys and of a
// dictionary's pairs and of a string's chars; new Dictionary<TKey, TValue>(dictionary)
// (compacted); sets, queues, stacks and dictionaries in string.Join; null collections.
using System.Collections.Generic;

class Key
{
    public int Id;
    public Key(int id) { Id = id; }
    public override bool Equals(object o) { return o is Key k && k.Id == Id; }
    public override int GetHashCode() { Console.WriteLine("hash " + Id); return Id % 2; }
    public override string ToString() { return "K" + Id; }
}

static class Program
{
    static void Main()
    {
        int[] arr = { 4, 2, 4, 1, 2 };
        var fromArray = new HashSet<int>(arr);
        Console.WriteLine(string.Join(",", fromArray) + " " + fromArray.Count);
        Console.WriteLine(fromArray);

        var set = new HashSet<string> { "a", "b", "c", "d" };
        set.Remove("b");
        set.Remove("d");
        var copy = new HashSet<string>(set);
        copy.Add("x");
        copy.Add("y");
        set.Add("z");
        Console.WriteLine(string.Join(",", copy) + " / " + string.Join(",", set));

        var big = new HashSet<int>();
        for (int i = 0; i < 10; i++) big.Add(i);
        for (int i = 0; i < 8; i++) big.Remove(i);
        var compact = new HashSet<int>(big);
        compact.Add(100);
        compact.Add(101);
        Console.WriteLine(string.Join(",", compact));

        var q = new Queue<int>(new List<int> { 1, 2, 3 });
        q.Enqueue(4);
        Console.WriteLine(string.Join(",", q) + " peek " + q.Peek());
        var st = new Stack<int>(new[] { 1, 2, 3 });
        Console.WriteLine(string.Join(",", st) + " peek " + st.Peek());
        var st2 = new Stack<int>(st);
        Console.WriteLine(string.Join(",", st2));
        var q2 = new Queue<int>(st);
        Console.WriteLine(string.Join(",", q2));
        var fromQueue = new HashSet<int>(q);
        Console.WriteLine(string.Join(",", fromQueue));
        var l = new List<int>(new HashSet<int> { 9, 8 });
        Console.WriteLine(string.Join(",", l));

        var d = new Dictionary<string, int>();
        d["k1"] = 1; d["k2"] = 2;
        var keys = new List<string>(d.Keys);
        var vals = new HashSet<int>(d.Values);
        Console.WriteLine(string.Join(",", keys) + " " + string.Join(",", vals));

        var ks = new HashSet<Key> { new Key(1), new Key(2), new Key(3) };
        Console.WriteLine("copying");
        var kc = new HashSet<Key>(ks);
        Console.WriteLine(string.Join(",", kc) + " " + kc.Contains(new Key(2)));
        var kl = new HashSet<Key>(new List<Key> { new Key(5), new Key(5) });
        Console.WriteLine(kl.Count);
        try { int[] none = null; var x = new Queue<int>(none); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
        try { List<int> none = null; var x = new HashSet<int>(none); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(q);
        Console.WriteLine(st);

        // A dictionary is an IEnumerable<KeyValuePair<TKey, TValue>>, in slot order.
        var dict = new Dictionary<string, int> { { "a", 1 }, { "b", 2 }, { "c", 3 } };
        dict.Remove("b");
        dict["d"] = 4;
        var pairs = new List<KeyValuePair<string, int>>();
        pairs.AddRange(dict);
        var pairCopy = new List<KeyValuePair<string, int>>(dict);
        Console.WriteLine(string.Join(",", pairs) + " " + pairCopy.Count + " " + pairCopy[1].Key);
        Console.WriteLine(string.Join(";", dict) + " " + new Queue<KeyValuePair<string, int>>(dict).Peek());

        // new Dictionary<TKey, TValue>(dictionary): the entries in order, without free slots.
        var byLong = new Dictionary<long, string> { [5L] = "five", [7L] = "seven", [13L] = "thirteen" };
        byLong.Remove(5L);
        var longCopy = new Dictionary<long, string>(byLong);
        longCopy[9L] = "nine";
        byLong[9L] = "nine";
        Console.WriteLine(string.Join(",", longCopy) + " / " + string.Join(",", byLong) + " " + longCopy.ContainsKey(5L));
        Console.WriteLine(longCopy);
        var byChar = new Dictionary<char, int> { { 'a', 1 }, { 'b', 2 } };
        Console.WriteLine(new Dictionary<char, int>(byChar)['b']);
        try { Dictionary<string, int> none = null; var x = new Dictionary<string, int>(none); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); }

        // A string is an IEnumerable<char>; string.Join of one string is still the string.
        var letters = new HashSet<char>("hello");
        var chars = new List<char>("abc");
        chars.AddRange("de");
        Console.WriteLine(string.Join(",", letters) + " " + string.Join(",", chars) + " " + new Queue<char>("xy").Peek() + " " + string.Join("-", "abc"));
    }
}
