using System;
using System.Collections.Generic;

struct Point
{
    public int X;
    public Point(int x) { X = x; }
    public override string ToString() => "P" + X;
}

enum Color { Red, Green }

class Program
{
    static void Show(string label, IEnumerable<int> items)
    {
        Console.WriteLine(label + ": " + string.Join(",", items));
    }

    static void Show(string label, IEnumerable<string> items)
    {
        Console.WriteLine(label + ": " + string.Join(",", items));
    }

    static void Fail(string what, Exception e)
    {
        Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message);
    }

    static void Main()
    {
        // An array through IList<T>: reads and writes, but a fixed size.
        int[] arr = { 3, 1, 4 };
        IList<int> ia = arr;
        ia[1] = 9;
        Console.WriteLine(ia.Count + " " + ia[1] + " " + arr[1] + " " + ia.IndexOf(4) + " " + ia.Contains(7));
        try { ia.Add(5); } catch (Exception e) { Fail("array Add", e); }
        try { ia.Insert(0, 5); } catch (Exception e) { Fail("array Insert", e); }
        try { ia.RemoveAt(0); } catch (Exception e) { Fail("array RemoveAt", e); }
        try { ia.Clear(); } catch (Exception e) { Fail("array Clear", e); }
        try { Console.WriteLine(ia[3]); } catch (Exception e) { Fail("array get", e); }

        // A list through each of its interfaces.
        var list = new List<string> { "a", "b" };
        IList<string> il = list;
        ICollection<string> ic = list;
        IReadOnlyList<string> ro = list;
        IReadOnlyCollection<string> rc = list;
        il.Insert(0, "z");
        ic.Add("c");
        Console.WriteLine(ic.Remove("a") + " " + ic.Remove("q"));
        il.RemoveAt(1);
        Console.WriteLine(ro.Count + " " + ro[0] + " " + rc.Count + " " + il.IndexOf("c"));
        Show("list", ro);

        // Sets, queues, stacks and a dictionary's views.
        ICollection<int> set = new HashSet<int> { 2, 4 };
        set.Add(4);
        set.Add(6);
        Console.WriteLine(set.Count + " " + set.Contains(6) + " " + set.Remove(2));
        Show("set", set);
        IReadOnlyCollection<int> queue = new Queue<int>(new[] { 7, 8 });
        IEnumerable<int> stack = new Stack<int>(new[] { 7, 8 });
        Console.WriteLine(queue.Count);
        Show("stack", stack);

        var prices = new Dictionary<string, int> { ["tea"] = 3, ["cake"] = 5 };
        IDictionary<string, int> d = prices;
        d["jam"] = 4;
        d.Remove("tea");
        ICollection<string> keys = d.Keys;
        Console.WriteLine(keys.Count + " " + keys.Contains("jam") + " " + d.Values.Contains(5));
        try { keys.Add("x"); } catch (Exception e) { Fail("keys Add", e); }
        try { d.Values.Clear(); } catch (Exception e) { Fail("values Clear", e); }
        IReadOnlyDictionary<string, int> rd = prices;
        int p;
        Console.WriteLine(rd.TryGetValue("cake", out p) + " " + p + " " + rd.ContainsKey("tea"));
        Show("keys", rd.Keys);
        foreach (KeyValuePair<string, int> kv in d) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        try { Console.WriteLine(rd["tea"]); } catch (Exception e) { Fail("missing", e); }

        // Type tests and casts look at the collection the object is.
        object o = list;
        Console.WriteLine((o is IList<string>) + " " + (o is IList<int>) + " " + (o is IReadOnlyDictionary<string, int>));
        Console.WriteLine((o as IEnumerable<object>) != null);
        IEnumerable<string> seq = list;
        var back = (List<string>)seq;
        Console.WriteLine(back.Count + " " + seq.GetType().Name + " " + ReferenceEquals(back, list));
        try { Console.WriteLine(((HashSet<string>)seq).Count); } catch (Exception e) { Fail("cast", e); }
        try { Console.WriteLine(((ICollection<int>)o).Count); } catch (Exception e) { Fail("cast to set", e); }
        object colors = new List<Color> { Color.Green };
        Console.WriteLine(colors is IList<Color>);
        foreach (Color c in (IEnumerable<Color>)colors) Console.WriteLine(c);

        // A string is an IEnumerable<char>.
        IEnumerable<char> chars = "hey";
        foreach (char c in chars) Console.Write(c + ".");
        Console.WriteLine();

        // Struct elements are copied in and out.
        var pts = new List<Point> { new Point(1) };
        IList<Point> ip = pts;
        var first = ip[0];
        first.X = 5;
        ip.Add(first);
        first.X = 6;
        Console.WriteLine(string.Join(",", pts) + " " + ip.Contains(new Point(5)));

        IReadOnlyList<int> none = null;
        try { Console.WriteLine(none.Count); } catch (Exception e) { Fail("null", e); }
    }
}
