// IEnumerator<T> by hand over the library's collections seen as IEnumerable<T> (a list, a
// dictionary's pairs, a set, an array, a LINQ query): GetEnumerator, MoveNext, Current, and a
// list changed during the enumeration.
using System;
using System.Collections.Generic;
using System.Linq;
class Program
{
    static void Main()
    {
        var list = new List<int> { 1, 2, 3 };
        IEnumerable<int> li = list; var e = li.GetEnumerator();
        while (e.MoveNext()) Console.Write(e.Current);
        Console.WriteLine();
        var d = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
        IEnumerable<KeyValuePair<string, int>> di = d; var de = di.GetEnumerator();
        while (de.MoveNext()) Console.Write(de.Current.Key + de.Current.Value);
        Console.WriteLine();
        var s = new HashSet<string> { "x", "y" };
        IEnumerable<string> si = s; var se = si.GetEnumerator();
        while (se.MoveNext()) Console.Write(se.Current);
        Console.WriteLine();
        int[] arr = { 4, 5 };
        IEnumerable<int> ie = arr;
        var ae = ie.GetEnumerator();
        while (ae.MoveNext()) Console.Write(ae.Current);
        Console.WriteLine();
        var q = list.Where(x => x > 1).GetEnumerator();
        while (q.MoveNext()) Console.Write(q.Current);
        Console.WriteLine();
        var le = li.GetEnumerator();
        le.MoveNext();
        list.Add(9);
        try { le.MoveNext(); } catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        foreach (var c in "hi".ToCharArray()) Console.Write(c);
        Console.WriteLine();
    }
}
