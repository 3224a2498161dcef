// List<T>'s members that take delegates: ForEach (stopped by a change to the list), Find, FindLast,
// FindIndex, FindAll, Exists, TrueForAll, RemoveAll, ConvertAll, Sort(Comparison<T>) (a comparison
// that throws ends as InvalidOperationException with it inside); Predicate<T> and Comparison<T> values.
using System;
using System.Collections.Generic;
class Program {
    static void Main() {
        var list = new List<int> { 5, 3, 8, 1, 9, 2 };
        list.ForEach(x => Console.Write(x + " "));
        Console.WriteLine();
        Console.WriteLine(list.Find(x => x > 5) + " " + list.FindLast(x => x > 5) + " " + list.FindIndex(x => x > 5) + " " + list.Find(x => x > 50));
        Console.WriteLine(list.Exists(x => x == 9) + " " + list.TrueForAll(x => x > 0));
        var big = list.FindAll(x => x >= 5);
        Console.WriteLine(string.Join(",", big));
        var strs = list.ConvertAll(x => "n" + x);
        Console.WriteLine(string.Join(",", strs));
        list.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(string.Join(",", list));
        Console.WriteLine(list.RemoveAll(x => x % 2 == 0) + " " + string.Join(",", list));
        var words = new List<string> { "pear", "fig", "banana" };
        words.Sort((a, b) => a.Length - b.Length);
        Console.WriteLine(string.Join(",", words));
        Predicate<int> even = x => x % 2 == 0;
        Comparison<string> byLen = (a, b) => a.Length.CompareTo(b.Length);
        Console.WriteLine(even(4) + " " + byLen("a", "bb"));
        try { list.ForEach(x => list.Add(x)); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { list.Sort((a, b) => { throw new Exception("no"); }); } catch (InvalidOperationException e) { Console.WriteLine(e.Message + " / " + e.InnerException.Message); }
    }
}
