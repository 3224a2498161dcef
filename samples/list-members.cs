using System;
// List<T>'s searching and reshaping members: Contains/IndexOf/LastIndexOf/Remove by the default
// equality (values, strings, nulls, struct fields, an Equals override), RemoveAt/RemoveRange,
// Insert/InsertRange, AddRange from every collection, GetRange, Reverse, Sort of value types,
// BinarySearch, .NET's argument exceptions, and which changes stop a running foreach.
using System.Collections.Generic;
using System.Threading.Tasks;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class Named
{
    public string Name;
    public Named(string n) { Name = n; }
    public override bool Equals(object o) { Console.WriteLine("Equals " + Name); return o is Named other && other.Name == Name; }
    public override int GetHashCode() { return Name.Length; }
}

static class Program
{
    static void Show(string label, List<int> l) { Console.WriteLine(label + ": [" + string.Join(", ", l) + "] Count=" + l.Count); }

    static async Task<int> Later(int v) { await Task.Yield(); return v; }

    static async Task Main()
    {
        var nums = new List<int> { 5, 3, 9, 1, 3, 7 };
        Console.WriteLine(nums.Contains(9) + " " + nums.Contains(4));
        Console.WriteLine(nums.IndexOf(3) + " " + nums.LastIndexOf(3) + " " + nums.IndexOf(42));
        Console.WriteLine(nums.Remove(3) + " " + nums.Remove(42));
        Show("after Remove", nums);
        nums.RemoveAt(0);
        nums.Insert(0, 100);
        nums.Insert(nums.Count, 200);
        Show("insert", nums);
        nums.AddRange(new[] { 1, 2 });
        nums.AddRange(new List<int> { 3 });
        nums.AddRange(new HashSet<int> { 8, 8, 6 });
        var q = new Queue<int>(); q.Enqueue(11); q.Enqueue(12);
        nums.AddRange(q);
        var st = new Stack<int>(); st.Push(21); st.Push(22);
        nums.AddRange(st);
        nums.AddRange(nums);
        Show("addrange", nums);
        nums.RemoveRange(2, 10);
        Show("removerange", nums);
        nums.InsertRange(1, new[] { -1, -2 });
        Show("insertrange", nums);
        var part = nums.GetRange(1, 3);
        part[0] = 555;
        Show("getrange", part);
        Console.WriteLine(part);
        Show("source", nums);
        nums.Reverse();
        Show("reverse", nums);
        nums.Sort();
        Show("sort", nums);
        nums.Insert(2, await Later(4));
        nums.AddRange(new[] { await Later(1), await Later(2) });
        Show("awaits", nums);

        var doubles = new List<double> { 2.5, double.NaN, -1, 0.0, double.NegativeInfinity, 1e10, double.NaN };
        doubles.Sort();
        Console.WriteLine("doubles: " + string.Join(", ", doubles));
        var chars = new List<char> { 'z', 'a', 'M', '0' };
        chars.Sort();
        Console.WriteLine("chars: " + string.Join(", ", chars));
        var bools = new List<bool> { true, false, true };
        bools.Sort();
        Console.WriteLine("bools: " + string.Join(", ", bools));
        var longs = new List<long> { 5000000000L, -3, 7 };
        longs.Sort();
        Console.WriteLine("longs: " + string.Join(", ", longs));
        // Long and char elements compare by their whole value (5 and 7 are different).
        Console.WriteLine(longs.Contains(4) + " " + longs.IndexOf(7) + " " + chars.IndexOf('a') + " " + chars.Contains('b'));
        var bytes = new List<byte> { 200, 3, 100 };
        bytes.Sort();
        Console.WriteLine("bytes: " + string.Join(", ", bytes));
        var statuses = new List<TaskStatus> { TaskStatus.Faulted, TaskStatus.Created, TaskStatus.RanToCompletion };
        statuses.Sort();
        Console.WriteLine("statuses: " + string.Join(", ", statuses));

        var words = new List<string> { "b", null, "a", "b" };
        Console.WriteLine(words.IndexOf(null) + " " + words.LastIndexOf("b") + " " + words.Contains("a"));
        words.Remove(null);
        Console.WriteLine("words: " + string.Join(", ", words));

        var pts = new List<Point> { new Point(1, 2), new Point(3, 4) };
        Console.WriteLine(pts.Contains(new Point(3, 4)) + " " + pts.IndexOf(new Point(1, 2)) + " " + pts.Remove(new Point(9, 9)));
        pts.Insert(1, new Point(5, 6));
        Console.WriteLine("points: " + string.Join(", ", pts));

        var named = new List<Named> { new Named("x"), new Named("y") };
        Console.WriteLine(named.IndexOf(new Named("y")));
        Console.WriteLine(named.Contains(null));

        try { nums.RemoveAt(100); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { nums.RemoveAt(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { nums.Insert(100, 1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { nums.InsertRange(100, new int[0]); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { nums.RemoveRange(-1, 1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { nums.RemoveRange(0, -1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { nums.RemoveRange(1, 100); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { nums.GetRange(3, 100); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { int[] none = null; nums.AddRange(none); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
        try { foreach (var n in nums) { if (n == 4) nums.Remove(n); } } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { foreach (var n in nums) { nums.Sort(); } } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        foreach (var n in nums) { nums.RemoveRange(0, 0); }
        Console.WriteLine("RemoveRange of nothing leaves enumerators alone");
        try { foreach (var n in nums) { nums.AddRange(new int[0]); } } catch (InvalidOperationException e) { Console.WriteLine("AddRange of nothing: " + e.Message); }

        // BinarySearch of a sorted list: an equal element's index, or the complement of where
        // the item would go.
        var sorted = new List<int> { 9, 1, 5, 5, 5, 3 };
        sorted.Sort();
        Console.WriteLine(sorted.BinarySearch(5) + " " + sorted.BinarySearch(4) + " " + sorted.BinarySearch(100) + " " + sorted.BinarySearch(-3) + " " + new List<int>().BinarySearch(1));
        int at = sorted.BinarySearch(4);
        if (at < 0) sorted.Insert(~at, 4);
        Show("insert sorted", sorted);
        Console.WriteLine(doubles.BinarySearch(double.NaN) + " " + doubles.BinarySearch(2.5) + " " + chars.BinarySearch('b'));
    }
}
