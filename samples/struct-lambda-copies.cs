// Struct values through lambdas that change them: LINQ's Select/Where over a list, async lambdas,
// a lambda capturing its struct parameter, Array.Sort's comparison, composed and multicast Func<P, P>,
// a delegate in a struct field and in a generic class, pattern matching a boxed struct, ToDictionary.
using System;
using System.Linq;
using System.Collections.Generic;
using System.Threading.Tasks;
struct Inner { public int X; }
struct P { public int X, Y; public Inner In; public P(int x, int y) { X = x; Y = y; In = new Inner(); }
  public void Move() { X += 1000; } public int Sum() { X++; return X + Y; }
  public override string ToString() => $"({X},{Y},{In.X})"; }
class Box<T> { public Func<T, T> F; public T Apply(T v) => F(v); }
struct Holder { public Func<P, int> Get; }
class Program {
    static async Task Main() {
        var list = new List<P> { new P(1, 2), new P(3, 4) };
        var moved = list.Select(p => { p.Move(); return p.X; }).ToList();
        Console.WriteLine(string.Join(",", moved) + " " + string.Join(",", list));
        var kept = list.Where(p => { p.In.X = 9; p.X = 0; return p.Y > 2; }).ToList();
        Console.WriteLine(string.Join(",", kept) + " " + string.Join(",", list));
        var asyncs = await Task.WhenAll(list.Select(async p => { await Task.Yield(); p.Y = -p.Y; return p; }));
        Console.WriteLine(string.Join(",", asyncs) + " " + string.Join(",", list));
        Func<P, P> Local = q => { q.In.X = 77; return q; };
        var l = Local(list[0]);
        Console.WriteLine(l + " " + list[0]);
        Func<P, Func<int>> later = p => () => { p.X++; return p.X; };
        var counter = later(list[0]);
        Console.WriteLine(counter() + " " + counter() + " " + list[0]);
        var arr = list.ToArray();
        Array.Sort(arr, (a, b) => { a.X = 500; return b.Y - a.Y; });
        Console.WriteLine(string.Join(",", arr));
        Func<P, P> g = p => { p.X *= 2; return p; };
        Func<P, P> twice = p => g(g(p));
        Console.WriteLine(twice(new P(3, 0)));
        Func<P, P> multi = p => { p.X = 1; return p; };
        multi += p => { p.X = 2; return p; };
        Console.WriteLine(multi(new P(0, 0)));
        var h = new Holder { Get = p => p.X + p.Y };
        Console.WriteLine(h.Get(new P(5, 6)));
        var bx = new Box<P> { F = p => { p.Y = 100; return p; } };
        var src = new P(1, 1);
        Console.WriteLine(bx.Apply(src) + " " + src);
        var s = new P(1, 1);
        object o = s;
        Func<object, string> desc = x => x is P pp ? "P" + pp.X : "other";
        Console.WriteLine(desc(o) + " " + desc("x"));
        var dict = list.ToDictionary(p => p.X, p => p);
        Console.WriteLine(dict[1] + " " + dict.Values.Select(p => p.Y).Sum());
        var lookup = list.Select((p, i) => new P(p.X + i, i)).Last();
        Console.WriteLine(lookup);
    }
}
