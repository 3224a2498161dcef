// Max() and Min() of strings (the culture's order; nulls skipped, null when none is left), of chars
// and of objects of a class implementing IComparable<T> (the first of equal ones).
using System;
using System.Collections.Generic;
using System.Linq;

class Version : IComparable<Version>
{
    public int Major, Minor;
    public Version(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version o) { return Major != o.Major ? Major.CompareTo(o.Major) : Minor.CompareTo(o.Minor); }
    public override string ToString() { return Major + "." + Minor; }
}

class Program
{
    static void Main()
    {
        var words = new List<string> { "pear", "Apple", null, "apple", "zoo", "Zoo" };
        Console.WriteLine(words.Max() + " " + words.Min());
        IEnumerable<string> none = new string[] { null };
        Console.WriteLine((none.Max() == null) + " " + (new List<string>().Min() == null));
        Console.WriteLine("hello".Max() + " " + "hello".Min());
        try { Console.WriteLine("".Max()); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var vs = new[] { new Version(1, 2), new Version(2, 0), new Version(1, 10), new Version(2, 0) };
        Console.WriteLine(vs.Max() + " " + vs.Min() + " " + ReferenceEquals(vs.Max(), vs[1]));
        Console.WriteLine(words.Where(w => w != null && w.Length > 3).Max());
        var d = new Dictionary<string, int> { { "b", 1 }, { "a", 2 } };
        Console.WriteLine(d.Keys.Max() + d.Keys.Min());
        Console.WriteLine(new Version[0].Max() == null);
    }
}
