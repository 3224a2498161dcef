using System;
using System.Threading;
using System.Threading.Tasks;
class P {
  static void Main() {
    var cts = new CancellationTokenSource();
    var tok = cts.Token;
    tok.Register(() => Console.WriteLine("first"));
    var r2 = tok.Register(() => Console.WriteLine("second (disposed)"));
    tok.Register(s => Console.WriteLine("third with " + s), "state");
    tok.Register(() => Console.WriteLine("fourth on thread " + (Environment.CurrentManagedThreadId == 1)));
    r2.Dispose();
    Console.WriteLine("cancel");
    cts.Cancel();
    Console.WriteLine("after cancel");
    tok.Register(() => Console.WriteLine("late: runs at once"));
    Console.WriteLine(CancellationToken.None.CanBeCanceled + " " + tok.CanBeCanceled);
    var none = CancellationToken.None.Register(() => Console.WriteLine("never"));
    none.Dispose();

    var c2 = new CancellationTokenSource();
    c2.Token.Register(() => { throw new InvalidOperationException("a"); });
    c2.Token.Register(() => Console.WriteLine("still runs"));
    c2.Token.Register(() => { throw new ArgumentException("b"); });
    try { c2.Cancel(); }
    catch (AggregateException e) {
      Console.WriteLine(e.GetType().Name + ": " + e.InnerExceptions.Count);
      foreach (var x in e.InnerExceptions) Console.WriteLine("  " + x.GetType().Name + " " + x.Message);
    }

    var a = new CancellationTokenSource();
    var b = new CancellationTokenSource();
    var linked = CancellationTokenSource.CreateLinkedTokenSource(a.Token, b.Token);
    linked.Token.Register(() => Console.WriteLine("linked callback"));
    a.Cancel();
    Console.WriteLine("linked: " + linked.IsCancellationRequested + " b: " + b.IsCancellationRequested);

    var t = new CancellationTokenSource();
    var done = new TaskCompletionSource<bool>();
    t.Token.Register(() => { Console.WriteLine("timer callback"); done.SetResult(true); });
    t.CancelAfter(20);
    done.Task.Wait();
    var u = new CancellationTokenSource();
    var reg = u.Token.Register(() => Console.WriteLine("unregistered?"));
    Console.WriteLine(reg.Unregister() + " " + reg.Unregister());
    using (u.Token.Register(() => Console.WriteLine("in using"))) { }
    u.Cancel();
    Console.WriteLine("end");
  }
}
