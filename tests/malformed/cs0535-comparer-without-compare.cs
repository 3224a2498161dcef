// expect: CS0535, CS0738
// One comparer names its method `Comp`, the other's GetHashCode returns long: neither implements its interface.
using System;
using System.Collections.Generic;

class ByLength : IComparer<string>
{
    public int Comp(string a, string b) => a.Length - b.Length;
}

class Loose : IEqualityComparer<int>
{
    public bool Equals(int a, int b) => a == b;
    public long GetHashCode(int a) => a;
}

class Program
{
    static void Main()
    {
        var words = new List<string> { "bb", "a" };
        words.Sort(new ByLength());
        Console.WriteLine(string.Join(" ", words));
    }
}
