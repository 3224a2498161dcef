// IDisposable as the type of values: variables, parameters, list elements, `using`, type tests
// and casts, each call running what the object's class implements Dispose with (its own public
// method, a base class's, an explicit implementation, or a CancellationTokenSource's).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
class Res : IDisposable { public string N; public Res(string n) { N = n; } public void Dispose() { Console.WriteLine("dispose " + N); } }
class Derived : Res { public Derived() : base("derived") { } }
class Explicit : IDisposable { void IDisposable.Dispose() { Console.WriteLine("explicit"); } }
class Plain { }
class Pool : IDisposable {
  readonly List<IDisposable> owned = new List<IDisposable>();
  public void Add(IDisposable d) { owned.Add(d); }
  public void Dispose() { for (int i = owned.Count - 1; i >= 0; i--) owned[i].Dispose(); Console.WriteLine("pool done"); }
}
class P {
  static void Close(IDisposable d) { d?.Dispose(); }
  static async Task Main() {
    IDisposable a = new Res("a");
    a.Dispose();
    Close(new Derived());
    Close(new Explicit());
    Close(null);
    var list = new List<IDisposable> { new Res("c"), new Explicit() };
    foreach (var d in list) d.Dispose();
    using (IDisposable e = new Res("e")) { Console.WriteLine("in"); }
    object o = new Res("o");
    Console.WriteLine((o is IDisposable) + " " + (new Plain() is IDisposable) + " " + (o as IDisposable != null));
    if (o is IDisposable od) od.Dispose();
    var back = (Res)a; Console.WriteLine(back.N);
    try { var bad = (IDisposable)(object)new Plain(); } catch (InvalidCastException ex) { Console.WriteLine(ex.Message); }
    var cts = new CancellationTokenSource();
    IDisposable c = cts;
    c.Dispose();
    var pool = new Pool(); pool.Add(new Res("p1")); pool.Add(new Res("p2"));
    using (pool) { await Task.Yield(); Console.WriteLine("using pool"); }
  }
}
