using System;
using System.Threading;
using System.Threading.Tasks;
class P {
  static async Task Main() {
    var ok = Task.FromResult(1);
    var bad = Task.FromException<int>(new InvalidOperationException("boom"));
    var ctcs = new TaskCompletionSource<int>(); ctcs.SetCanceled();
    var canceled = ctcs.Task;
    Console.WriteLine("ok OnlyOnRanToCompletion");
    await Show(ok.ContinueWith(t => Console.WriteLine("  ran: " + t.Result), TaskContinuationOptions.OnlyOnRanToCompletion));
    Console.WriteLine("ok OnlyOnFaulted");
    await Show(ok.ContinueWith(t => Console.WriteLine("  ran"), TaskContinuationOptions.OnlyOnFaulted));
    Console.WriteLine("bad OnlyOnFaulted");
    await Show(bad.ContinueWith(t => Console.WriteLine("  ran: " + t.Exception.InnerException.Message), TaskContinuationOptions.OnlyOnFaulted));
    Console.WriteLine("bad NotOnFaulted");
    await Show(bad.ContinueWith(t => Console.WriteLine("  ran"), TaskContinuationOptions.NotOnFaulted));
    Console.WriteLine("ok NotOnRanToCompletion");
    await Show(ok.ContinueWith(t => Console.WriteLine("  ran"), TaskContinuationOptions.NotOnRanToCompletion));
    var func = ok.ContinueWith(t => t.Result * 10, TaskContinuationOptions.ExecuteSynchronously);
    Console.WriteLine("func: " + await func);
    var skipped = ok.ContinueWith(t => t.Result * 10, TaskContinuationOptions.OnlyOnCanceled);
    try { await skipped; } catch (TaskCanceledException e) { Console.WriteLine("skipped: " + e.Message + " " + skipped.Status); }
    var tcs = new TaskCompletionSource<int>();
    var cts = new CancellationTokenSource();
    var withToken = tcs.Task.ContinueWith(t => Console.WriteLine("  never"), cts.Token);
    Console.WriteLine("before cancel: " + withToken.Status);
    cts.Cancel();
    Console.WriteLine("after cancel: " + withToken.Status);
    tcs.SetResult(5);
    var sync = tcs.Task.ContinueWith(t => Console.WriteLine("  sync ran"), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    await sync;
    var tcs2 = new TaskCompletionSource<int>();
    var inline = tcs2.Task.ContinueWith(t => Console.WriteLine("  inline during SetResult"), TaskContinuationOptions.ExecuteSynchronously);
    Console.WriteLine("SetResult");
    tcs2.SetResult(1);
    Console.WriteLine("SetResult returned " + inline.Status);
    Console.WriteLine("canceled OnlyOnCanceled");
    await Show(canceled.ContinueWith(t => Console.WriteLine("  ran " + t.Status), TaskContinuationOptions.OnlyOnCanceled));
  }
  static async Task Show(Task t) {
    try { await t; Console.WriteLine("  -> " + t.Status); }
    catch (TaskCanceledException) { Console.WriteLine("  -> canceled " + t.Status); }
  }
}
