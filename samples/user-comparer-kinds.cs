using System;
using System.Collections.Generic;
using System.Linq;

// A struct comparer: boxed when passed as IComparer<int>.
struct ModComparer : IComparer<int>
{
    public int M;
    public ModComparer(int m) { M = m; }
    public int Compare(int a, int b) => (a % M).CompareTo(b % M);
}

// A virtual Compare: the runtime runs the override.
class BaseCmp : IComparer<string>
{
    public virtual int Compare(string a, string b) => string.CompareOrdinal(a, b);
}
class Reversed : BaseCmp
{
    public override int Compare(string a, string b) => -base.Compare(a, b);
}

// An interface extending IComparer<string> has its Compare.
interface INamedComparer : IComparer<string> { string Name { get; } }
class Named : INamedComparer
{
    public string Name => "by last char";
    public int Compare(string a, string b) => a[a.Length - 1].CompareTo(b[b.Length - 1]);
}

// Struct keys compared by a comparer of the program.
struct PairKey { public int A, B; public PairKey(int a, int b) { A = a; B = b; } }
class PairEq : IEqualityComparer<PairKey>
{
    public bool Equals(PairKey x, PairKey y) => x.A == y.A;
    public int GetHashCode(PairKey p) => p.A;
}

enum Color { Red, Green, Blue }
class ColorDesc : IComparer<Color>
{
    public int Compare(Color a, Color b) => ((int)b).CompareTo((int)a);
}

// A comparer changing its struct parameters changes its own copies only.
struct P { public int X; public P(int x) { X = x; } public override string ToString() => X.ToString(); }
class Meddler : IComparer<P>, IEqualityComparer<P>
{
    public int Compare(P a, P b) { int r = a.X.CompareTo(b.X); a.X = 100; b.X = 200; return r; }
    public bool Equals(P a, P b) { bool r = a.X == b.X; a.X = -1; return r; }
    public int GetHashCode(P p) { int h = p.X; p.X = -2; return h; }
}

class Program
{
    static void Main()
    {
        var xs = new List<int> { 13, 21, 5, 8, 34 };
        xs.Sort(new ModComparer(10));
        Console.WriteLine(string.Join(" ", xs));
        IComparer<int> mc = new ModComparer(3);
        Console.WriteLine(mc.Compare(4, 2));

        var ws = new List<string> { "b", "c", "a" };
        ws.Sort(new Reversed());
        Console.WriteLine(string.Join(" ", ws));
        BaseCmp bc = new Reversed();
        ws.Sort(bc);
        Console.WriteLine(string.Join(" ", ws));

        INamedComparer n = new Named();
        var names = new List<string> { "ab", "ca", "bc" };
        names.Sort(n);
        Console.WriteLine(n.Name + ": " + string.Join(" ", names));
        Console.WriteLine(n.Compare("xa", "yb"));

        var d = new Dictionary<PairKey, string>(new PairEq());
        d[new PairKey(1, 2)] = "one";
        d[new PairKey(1, 3)] = "uno";
        d[new PairKey(2, 3)] = "two";
        Console.WriteLine(d.Count + " " + d[new PairKey(1, 9)]);

        var colors = new List<Color> { Color.Green, Color.Red, Color.Blue };
        colors.Sort(new ColorDesc());
        Console.WriteLine(string.Join(" ", colors));
        Console.WriteLine(string.Join(" ", colors.OrderBy(c => c, new ColorDesc()).Reverse()));

        IComparer<string> none = null;
        try { none.Compare("a", "b"); }
        catch (NullReferenceException) { Console.WriteLine("null comparer"); }
        var ps = new List<P> { new P(3), new P(1), new P(2) };
        ps.Sort(new Meddler());
        Console.WriteLine(string.Join(" ", ps));
        IComparer<P> meddler = new Meddler();
        var p5 = new P(5);
        meddler.Compare(p5, p5);
        Console.WriteLine(p5);
        var pset = new HashSet<P>(new Meddler()) { new P(1), new P(1), new P(4) };
        Console.WriteLine(string.Join(" ", pset));

        var ys = new List<string> { "b", "a" };
        ys.Sort((IComparer<string>)null);
        Console.WriteLine(string.Join(" ", ys));
    }
}
