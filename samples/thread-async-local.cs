using System;
using System.Threading;
using System.Threading.Tasks;
class P {
  static ThreadLocal<string> tl = new ThreadLocal<string>();
  static AsyncLocal<string> al = new AsyncLocal<string>();
  static ThreadLocal<int> counter;

  static async Task Inner() {
    Console.WriteLine("inner sees: " + al.Value);
    al.Value = "set by inner";
    await Task.Delay(10);
    Console.WriteLine("inner after await: " + al.Value);
  }

  static async Task Main() {
    counter = new ThreadLocal<int>(() => 100);
    tl.Value = "main thread";
    al.Value = "flows";
    Console.WriteLine("counter: " + counter.Value);
    counter.Value = counter.Value + 1;
    Console.WriteLine("counter: " + counter.Value);
    Console.WriteLine("before: tl=" + tl.Value + " al=" + al.Value + " created=" + tl.IsValueCreated);
    await Task.Delay(10);
    Console.WriteLine("after await: tl=" + (tl.Value ?? "(null)") + " al=" + al.Value + " created=" + tl.IsValueCreated);
    Console.WriteLine("counter after await (another thread's): " + counter.Value);
    await Inner();
    Console.WriteLine("caller after inner: " + al.Value);
    await Task.Run(() => {
      Console.WriteLine("Task.Run sees: " + al.Value);
      al.Value = "set in Task.Run";
    });
    Console.WriteLine("after Task.Run: " + al.Value);
    var t = Task.Run(async () => {
      al.Value = "async lambda";
      await Task.Yield();
      return al.Value;
    });
    Console.WriteLine("lambda returned: " + await t + ", caller: " + al.Value);
    Sync();
    Console.WriteLine("after sync method: " + al.Value);
    await Task.Delay(1).ContinueWith(_ => Console.WriteLine("ContinueWith sees: " + al.Value));
    counter.Dispose();
    try { Console.WriteLine(counter.Value); } catch (ObjectDisposedException) { Console.WriteLine("disposed"); }
  }
  static void Sync() { al.Value = "set by sync method"; }
}
