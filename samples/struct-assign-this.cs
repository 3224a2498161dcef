// `this = value` in a struct's methods and constructors copies the value into the struct `this`
// refers to: a local, a field of an object, an array element, or an async method's own copy.
using System;
using System.Threading.Tasks;
struct Counter {
  public int N; public string Name;
  public Counter(string name) { this = default(Counter); Name = name; }
  public Counter(int n, string name) : this(name) { N = n; }
  public void Reset() { this = new Counter(0, Name + "!"); }
  public void CopyFrom(Counter other) { this = other; N++; }
  public async Task<int> LaterAsync() { await Task.Yield(); this = new Counter(99, "gone"); return N; }
  public override string ToString() { return Name + ":" + N; }
}
class Box { public Counter C = new Counter(5, "box"); }
class P {
  static async Task Main() {
    var c = new Counter(3, "c");
    c.Reset(); Console.WriteLine(c);
    var d = new Counter(7, "d"); c.CopyFrom(d); Console.WriteLine(c + " " + d);
    var b = new Box(); b.C.Reset(); Console.WriteLine(b.C);
    var arr = new Counter[2]; arr[1].CopyFrom(d); Console.WriteLine(arr[1]);
    Console.WriteLine(await c.LaterAsync() + " " + c);
  }
}
