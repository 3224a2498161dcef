// Methods, properties, overrides and interface methods returning structs: each call gives the
// caller its own value (a copy of whatever the method returned), whether it is kept in a list,
// boxed, assigned back to the variable it was called on, or returned from a `try` whose
// `finally` changes the local it returned.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
struct V { public double X; public double Y; public string Tag;
  public V(double x, double y) { X = x; Y = y; Tag = "v"; }
  public V Add(V o) { return new V(X + o.X, Y + o.Y); }
  public V Scale(double k) { var r = this; r.X *= k; r.Y *= k; return r; }
  public static V Zero { get { return new V(0, 0); } }
  public override string ToString() { return "(" + X + ", " + Y + ")"; } }
interface IShape { V Center(); }
abstract class Shape : IShape { public abstract V Center(); public virtual V Corner() { return V.Zero; } }
class Sq : Shape { public V C = new V(1, 2); public override V Center() { return C; } public override V Corner() { var c = C; c.X -= 1; return c; } }
class P {
  static V Sum(List<V> vs) { var acc = V.Zero; foreach (var v in vs) acc = acc.Add(v); return acc; }
  static V Throwing(int n) { var v = new V(n, n); try { if (n > 1) throw new Exception("boom " + n); return v; } finally { v.X = 99; Console.WriteLine("finally " + v.X); } }
  static async Task<V> Later(V v) { await Task.Yield(); return v.Scale(2); }
  static async Task Main() {
    var list = new List<V>();
    for (int i = 0; i < 1000; i++) list.Add(new V(i, 1).Scale(0.5));
    Console.WriteLine(Sum(list));
    IShape s = new Sq(); Shape sh = (Shape)s;
    var c = s.Center(); c.X = 50; Console.WriteLine(c + " " + s.Center() + " " + sh.Corner());
    var kept = new List<V> { sh.Center(), V.Zero.Add(new V(3, 3)) };
    Console.WriteLine(kept[0] + " " + kept[1]);
    Console.WriteLine(Throwing(1));
    try { Throwing(2); } catch (Exception e) { Console.WriteLine(e.Message); }
    Console.WriteLine(await Later(new V(1, 1)));
    V a = new V(1, 1); a = a.Add(a).Add(a); Console.WriteLine(a);
    object boxed = a.Scale(3); Console.WriteLine(boxed);
  }
}
