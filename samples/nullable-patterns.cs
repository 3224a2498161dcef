using System;
using System.Threading;
using System.Threading.Tasks;
class C { public int? N; public C Next; public int[] A; }
class P {
  static object g = new object();
  static async Task<int> F(int x) { await Task.Yield(); return x; }
  static async Task Main() {
    C c = new C();
    Console.WriteLine(c?.N ?? await F(3));
    Console.WriteLine(c.Next?.A?[0] ?? -1);
    c.A = new[] { 4 };
    Console.WriteLine(c?.A?[await F(0)]);
    int? q = await F(2) > 1 ? await F(5) : null;
    Console.WriteLine(q);
    var r = q switch { null => "none", > 3 => "big", _ => "small" };
    Console.WriteLine(r);
    object o = q;
    Console.WriteLine(o is int k ? k + 1 : 0);
    Console.WriteLine((await F(7)) switch { 7 => await F(70), _ => 0 });
    lock (g) { Console.WriteLine(Monitor.IsEntered(g)); }
    double? d = null;
    Console.WriteLine(d ?? 1.5);
    long? L = q;
    Console.WriteLine(L * 2);
    bool? b = q > 3;
    Console.WriteLine(b);
    Console.WriteLine(q == 5L);
    string s = null;
    Console.WriteLine(s?.Length > 0);
  }
}
