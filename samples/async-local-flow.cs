using System;
using System.Threading;
using System.Threading.Tasks;
class P {
  static AsyncLocal<int> al = new AsyncLocal<int>();
  static async Task SyncDone() { al.Value = 7; await Task.CompletedTask; }
  static async Task<int> Nested(int d) {
    al.Value = d;
    if (d < 3) { int r = await Nested(d + 1); Console.WriteLine("level " + d + " sees " + al.Value + " after child " + r); }
    await Task.Yield();
    return al.Value;
  }
  static async Task Main() {
    al.Value = 1;
    await SyncDone();
    Console.WriteLine("after sync-complete call: " + al.Value);
    Func<Task> f = async () => { al.Value = 99; await Task.Delay(1); };
    await f();
    Console.WriteLine("after lambda: " + al.Value);
    Console.WriteLine("nested returns " + await Nested(0) + ", main sees " + al.Value);
    var cts = new CancellationTokenSource();
    al.Value = 5;
    cts.Token.Register(() => Console.WriteLine("callback sees " + al.Value));
    al.Value = 6;
    cts.Cancel();
    var tcs = new TaskCompletionSource<bool>();
    var waiter = Task.Run(async () => { await tcs.Task; Console.WriteLine("waiter sees " + al.Value); });
    al.Value = 8;
    tcs.SetResult(true);
    await waiter;
    Console.WriteLine("main sees " + al.Value);
    int seen = 0;
    Parallel.For(0, 8, i => { if (al.Value == 8) Interlocked.Increment(ref seen); });
    Console.WriteLine("parallel bodies seeing 8: " + seen);
  }
}
