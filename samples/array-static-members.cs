// System.Array's static members (Reverse, Sort, IndexOf, Copy, Clear, Fill, Empty) and Clone()
// on arrays of numbers, strings and structs (each struct slot keeps a value of its own).
using System;
using System.Collections.Generic;
struct P : IComparable<P> { public int X; public P(int x) { X = x; } public int CompareTo(P o) { return X.CompareTo(o.X); } public override string ToString() { return "P" + X; } }
class Prog {
  static void Main() {
    var a = new[] { 5, 3, 9, 1 };
    Array.Reverse(a); Console.WriteLine(string.Join(",", a));
    Array.Sort(a); Console.WriteLine(string.Join(",", a));
    Console.WriteLine(Array.IndexOf(a, 9) + " " + Array.IndexOf(a, 7));
    var b = new int[6]; Array.Copy(a, b, 4); Console.WriteLine(string.Join(",", b));
    Array.Copy(a, 1, b, 3, 3); Console.WriteLine(string.Join(",", b));
    Array.Clear(b, 0, 2); Console.WriteLine(string.Join(",", b));
    Array.Reverse(b, 1, 3); Console.WriteLine(string.Join(",", b));
    var s = new[] { "pear", "Apple", "fig" }; Array.Sort(s); Console.WriteLine(string.Join(",", s));
    var c = (int[])a.Clone(); c[0] = 100; Console.WriteLine(a[0] + " " + c[0]);
    var ps = new[] { new P(3), new P(1), new P(2) };
    Array.Sort(ps); Console.WriteLine(string.Join(",", ps));
    var ps2 = (P[])ps.Clone(); ps2[0].X = 50; Console.WriteLine(ps[0] + " " + ps2[0]);
    var ps3 = new P[3]; Array.Copy(ps, ps3, 3); ps3[1].X = 77; Console.WriteLine(ps[1] + " " + ps3[1]);
    Array.Fill(ps3, new P(8)); ps3[0].X = 9; Console.WriteLine(string.Join(",", ps3));
    Array.Clear(ps3, 1, 1); Console.WriteLine(string.Join(",", ps3));
    var longs = new long[4]; Array.Copy(a, longs, 3); Console.WriteLine(string.Join(",", longs));
    var e = Array.Empty<string>(); Console.WriteLine(e.Length);
    double[] d = { 2.5, double.NaN, -1 }; Array.Sort(d); Console.WriteLine(string.Join(",", d));
    try { Array.Copy(a, b, 10); } catch (ArgumentException ex) { Console.WriteLine(ex.Message); }
    try { Array.Reverse(a, 2, 5); } catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name); }
    int[] nul = null;
    try { Array.Sort(nul); } catch (ArgumentNullException ex) { Console.WriteLine(ex.Message); }
    Console.WriteLine(Array.IndexOf(ps, new P(2)) + " " + Array.IndexOf(s, "fig"));
  }
}
